/** X (x.com): listening on the home timeline, a status page and search, in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, importBackup, launchExtension, markedPosts, readHighlights, type Session } from './harness';
import { checkMarks, checkStoredOnce, openSitePage, waitForMarks, type PageExpectation } from './listening';

const tweet = (n: number) => `20604129000000${String(n).padStart(5, '0')}`;

const HOME: PageExpectation = {
  fixture: 'sites/x/home.html',
  url: 'https://x.com/home',
  mention: [101, 102, 103, 104, 108, 111, 112, 114, 115].map(tweet),
  competitor: [tweet(105)],
  own: [tweet(110)],
  never: [106, 107, 109, 113, 116, 117].map(tweet),
  kinds: { [tweet(101)]: 'issue', [tweet(102)]: 'question', [tweet(103)]: 'praise' },
  highlights: ['@NorthwindCoffee', 'Northwind Coffee', '#northwind', 'Southbay Roasters'],
};

describe('X', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
  });
  afterAll(() => s?.close());

  it('marks mentions, competitors and own posts on the home timeline, with chips and highlights', async () => {
    const page = await openSitePage(s, HOME);
    const marked = await checkMarks(page, HOME);
    // The promoted tweet mentions the brand but is never marked.
    expect(marked.find((m) => m.id === tweet(109))).toBeUndefined();
    await page.close();
  });

  it('judges a quote post by its own text only', async () => {
    const page = await openSitePage(s, HOME);
    await waitForMarks(page, HOME.mention.length);
    const marked = await markedPosts(page);
    expect(marked.find((m) => m.id === tweet(107))).toBeUndefined();
    expect(marked.find((m) => m.id === tweet(108))?.earshot).toBe('mention');
    await page.close();
  });

  it('picks up tweets added by infinite scroll and follows recycled elements', async () => {
    const page = await openSitePage(s, HOME);
    await waitForMarks(page, HOME.mention.length + 1);
    const appended = await page.evaluate(() => (window as unknown as { __fixture: { appendTweet(): string } }).__fixture.appendTweet());
    await expect.poll(async () => (await markedPosts(page)).find((m) => m.id === appended)?.earshot, { timeout: 10_000 }).toBe('mention');
    // X reuses the first article for another tweet: the old id's marks go, the new one is read.
    const before = (await readHighlights(page)).length;
    const recycled = await page.evaluate(() => (window as unknown as { __fixture: { recycleFirst(): string } }).__fixture.recycleFirst());
    await expect.poll(async () => (await markedPosts(page)).some((m) => m.id === recycled), { timeout: 10_000 }).toBe(true);
    expect((await markedPosts(page)).some((m) => m.id === tweet(101))).toBe(false);
    expect((await readHighlights(page)).length).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
    await page.close();
  });

  it('stores each mention once after scrolling back and forth and revisiting', async () => {
    const page = await openSitePage(s, HOME);
    await checkStoredOnce(s, page, HOME);
    await page.close();
  });

  it('marks replies on a status page and search results from strangers', async () => {
    const status = await openSitePage(s, { fixture: 'sites/x/status.html', url: 'https://x.com/NorthwindCoffee/status/2060412900000000500' });
    await checkMarks(status, {
      fixture: '', url: '',
      mention: [tweet(501), tweet(502)],
      own: [tweet(504)],
      never: [tweet(500), tweet(503)],
      highlights: ['@NorthwindCoffee'],
    });
    await status.close();
    const search = await openSitePage(s, { fixture: 'sites/x/search.html', url: 'https://x.com/search?q=%22Northwind%20Coffee%22&f=live' });
    await checkMarks(search, {
      fixture: '', url: '',
      mention: [701, 702, 703, 705].map(tweet),
      never: [tweet(704)],
      highlights: ['Northwind Coffee'],
    });
    await search.close();
  });
});
