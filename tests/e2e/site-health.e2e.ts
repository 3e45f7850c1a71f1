/** Site health: a page that should show posts but shows none we can read is reported in the popup. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, importBackup, launchExtension, type Session } from './harness';


// A LinkedIn feed after a hypothetical redesign: only hashed classes, no roles or data attributes we know.
const CHANGED_LAYOUT = () =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head><body><div class="a1b2">` +
  `<div class="c3d4"><p class="e5">Ordered from Northwind Coffee and it never arrived.</p></div>` +
  `<div class="c3d4"><p class="e5">Another post about nothing.</p></div></div></body></html>`;

describe('site health', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
  });
  afterAll(() => s?.close());

  it('says "LinkedIn: page layout not recognised" when the feed yields no posts, and clears when it does', async () => {
    s.serve('https://www.linkedin.com/feed/', CHANGED_LAYOUT);
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    const popup = await s.openPage('popup.html');
    await expect.poll(async () => popup.getByText('LinkedIn: page layout not recognised').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('[data-earshot]').count()).toBe(0);

    s.serve('https://www.linkedin.com/feed/', 'sites/linkedin/feed-v2.html');
    await page.reload();
    await expect.poll(async () => popup.getByText('LinkedIn: page layout not recognised').count(), { timeout: 15_000 }).toBe(0);
  });
});
