/**
 * The scorecard end to end: browse the three sites' fixture pages, reply once through the chip,
 * then read the numbers in the real popup (product.md §8: all channels, last 7 days, one tile per
 * KPI whose visible label is exactly its name, with its value inside the same tile).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, exportBackup, importBackup, launchExtension, workerEval, type Session } from './harness';
import { openSitePage, waitForMarks } from './listening';

const TILES = [
  'Mentions', 'Competitor mentions', 'Needing response', 'Response rate', 'Customer wait', 'Your reaction',
  'Issues opened', 'Issues resolved', 'Open issues', 'SLA breaches', 'Time to resolve', 'Sentiment',
  'Own posts', 'Engagement per post', 'Score',
];

async function tileValue(popup: Page, label: string): Promise<string> {
  const tile = popup.locator('article').filter({ has: popup.getByRole('heading', { name: label, exact: true }) });
  return (await tile.locator('.es-tile__value').innerText()).trim();
}

describe('popup scorecard', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
    await workerEval(s, () =>
      chrome.storage.sync.set({ profile: { brandName: 'Northwind Coffee', handle: '@NorthwindCoffee', myName: 'Dana Whitfield', onboarded: true } }),
    );
  });
  afterAll(() => s?.close());

  it('counts what was browsed and the one reply, with every tile labelled exactly', async () => {
    for (const page of [
      { fixture: 'sites/x/home.html', url: 'https://x.com/home', marks: 10 },
      { fixture: 'sites/linkedin/feed-v2.html', url: 'https://www.linkedin.com/feed/', marks: 9 },
      { fixture: 'sites/facebook/feed-modern.html', url: 'https://www.facebook.com/', marks: 9 },
    ]) {
      const p = await openSitePage(s, page);
      await waitForMarks(p, page.marks);
      await p.waitForTimeout(1200); // the content script hands its batch over within a second
      if (page.url === 'https://x.com/home') {
        const chip = p.locator('[data-earshot-id="2060412900000000101"] > earshot-chip');
        await chip.getByRole('button', { name: /^Reply/ }).click();
        await expect.poll(() => chip.getByText(/^Inserted “Sorry \+ DM”/).count(), { timeout: 10_000 }).toBe(1);
        const submit = p.locator('#layers [role="dialog"] [data-testid="tweetButton"]');
        await expect.poll(async () => (await submit.getAttribute('aria-disabled')) !== 'true', { timeout: 10_000 }).toBe(true);
        await submit.click();
        await expect.poll(async () => ((await exportBackup(s)).replies as unknown[]).length, { timeout: 10_000 }).toBe(1);
      }
      await p.close();
    }
    const backup = await exportBackup(s);
    const mentions = (backup.mentions as { competitor?: boolean; kind: string }[]).filter((m) => !m.competitor);
    const competitors = (backup.mentions as { competitor?: boolean }[]).filter((m) => m.competitor);
    const needing = mentions.filter((m) => m.kind === 'issue' || m.kind === 'question');

    const popup = await s.openPage('popup.html');
    await popup.locator('main[data-ready="true"]').waitFor({ timeout: 15_000 });
    for (const label of TILES) await expect(popup.getByRole('heading', { name: label, exact: true }).count()).resolves.toBe(1);
    expect(await tileValue(popup, 'Mentions')).toBe(String(mentions.length));
    expect(await tileValue(popup, 'Competitor mentions')).toBe(String(competitors.length));
    expect(await tileValue(popup, 'Needing response')).toBe(String(needing.length));
    const rate = await tileValue(popup, 'Response rate');
    expect(rate).toMatch(/^\d+(\.\d+)?%$/);
    expect(Math.abs(parseFloat(rate) - 100 / needing.length)).toBeLessThan(0.6); // one reply to one needing-response mention
    expect(await tileValue(popup, 'Your reaction')).not.toBe('—');
    expect(await tileValue(popup, 'Open issues')).toMatch(/^\d+$/);
    expect(Number(await tileValue(popup, 'Own posts'))).toBeGreaterThanOrEqual(2);
    for (const label of TILES) expect(await tileValue(popup, label)).not.toMatch(/NaN|undefined|\{\{/);
    // The channel filter narrows to one site.
    await popup.getByRole('radio', { name: 'All' }).focus();
    await popup.keyboard.press('ArrowRight'); // All → X, as a keyboard user would
    await expect.poll(async () => tileValue(popup, 'Mentions'), { timeout: 10_000 }).not.toBe(String(mentions.length));
    await popup.close();
  });

  it('opens on the scorecard it stored while the data is unchanged, and on the background\'s fresh copy after new data (issue #5)', async () => {
    const tiles = async (popup: Page) => Promise.all(TILES.map((label) => tileValue(popup, label)));
    const cachedPaint = (popup: Page) => popup.evaluate(() => performance.getEntriesByName('earshot:snapshot-painted').length > 0);
    const open = async () => {
      const popup = await s.openPage('popup.html');
      await popup.locator('main[data-ready="true"]').waitFor({ timeout: 15_000 });
      await popup.waitForFunction(() => performance.getEntriesByName('earshot:scorecard').length > 0); // the live numbers too
      return popup;
    };
    const first = await open();
    const live = await tiles(first);
    await first.waitForFunction(() => performance.getEntriesByName('earshot:snapshot-stored').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
    await first.close();

    const again = await open();
    expect(await cachedPaint(again)).toBe(true);
    expect(await tiles(again)).toEqual(live); // the cached paint and the live numbers agree
    await again.close();

    // The data changed (an import without one of the mentions): the copy is stale, and the background
    // makes a new one once the writes go quiet (lib/background/popup-snapshot-refresh.ts), which the
    // next popup paints first: with the new numbers.
    const backup = await exportBackup(s);
    await importBackup(s, { ...backup, mentions: (backup.mentions as unknown[]).slice(1) });
    const copy = () =>
      workerEval(s, () =>
        new Promise<{ current: boolean; mentions: string | null }>((done) => {
          const r = indexedDB.open('earshot');
          r.onsuccess = () => {
            const meta = r.result.transaction('meta').objectStore('meta');
            const v = meta.get('scorecard:version');
            const c = meta.get('popup:scorecard');
            c.onsuccess = () => {
              r.result.close();
              const snapshot = c.result?.value as { basis?: { version?: string }; data?: { report?: { byId?: { mentions?: { display?: string } } } } } | undefined;
              done({ current: snapshot?.basis?.version === v.result?.value, mentions: snapshot?.data?.report?.byId?.mentions?.display ?? null });
            };
          };
        }),
      );
    await expect.poll(async () => (await copy()).current, { timeout: 10_000 }).toBe(true);
    expect((await copy()).mentions).toBe(String(Number(live[0]) - 1));
    const after = await open();
    expect(await cachedPaint(after)).toBe(true);
    expect((await tiles(after))[0]).toBe(String(Number(live[0]) - 1));
    await after.close();
  });
});
