/**
 * Real IndexedDB faults in the built extension (no injected errors, no quota override: with
 * unlimitedStorage those do nothing). Another tab of the extension's origin does to the 'earshot'
 * database what an old tab, an update or a cleaning tool can do:
 *
 * 1. Blocked: it keeps an old connection open and ignores versionchange while asking for an upgrade.
 *    IndexedDB then queues every other open behind that upgrade, with no error and no event: the
 *    background, the popup and the settings page would just wait. They must say so, lose nothing,
 *    and carry on by themselves once the tab lets go.
 * 2. Lost: it deletes the database while the background holds it. The data is gone (IndexedDB
 *    cannot refuse); the user must be told, until the backup is imported, and recording carries on.
 *
 * What the user sees is the popup's and the settings page's role="alert" banner (DbFaultBanner).
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, exportBackup, importBackup, launchExtension, workerEval, type Backup, type Session } from './harness';
import { openSitePage, waitForMarks } from './listening';

const X_HOME = { fixture: 'sites/x/home.html', url: 'https://x.com/home' };
const X_STATUS = { fixture: 'sites/x/status.html', url: 'https://x.com/NorthwindCoffee/status/1850000000000000001' };
const LINKEDIN = { fixture: 'sites/linkedin/feed-v2.html', url: 'https://www.linkedin.com/feed/' };
const FACEBOOK = { fixture: 'sites/facebook/feed-modern.html', url: 'https://www.facebook.com/' };

/** The fault the background (or a page) stored for the banner, as the worker reads it. */
const storedFault = (s: Session) =>
  workerEval(s, async () => ((await chrome.storage.local.get('dbHealth')).dbHealth ?? null) as { kind: string; message: string } | null);

const mentionIds = (backup: Backup): string[] => ((backup.mentions ?? []) as { postId: string }[]).map((m) => m.postId);
const missingFrom = (backup: Backup, ids: string[]): string[] => ids.filter((id) => !mentionIds(backup).includes(id));

/** Browse a fixture page and wait until its marked posts are all in an export (stored, not just shown). */
async function browseAndStore(s: Session, target: { fixture: string; url: string }, marks: number): Promise<string[]> {
  const page = await openSitePage(s, target);
  const ids = (await waitForMarks(page, marks)).map((m) => m.id!);
  await expect.poll(async () => missingFrom(await exportBackup(s), ids), { timeout: 30_000, interval: 1000 }).toEqual([]);
  await page.close();
  return ids;
}

/** The banner text on an extension page, '' when there is none. */
const bannerText = async (page: Page): Promise<string> => (await page.locator('.es-db-fault[role="alert"]').allInnerTexts()).join(' ');

/** "Export backup" on an options page that is already open (not a fresh one). */
async function exportFrom(page: Page): Promise<Backup> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Export backup' }).click()]);
  return JSON.parse(readFileSync(await download.path(), 'utf8')) as Backup;
}

describe('storage fault: the database is blocked by another tab', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
  });
  afterAll(() => s?.close());

  it('says so in the popup and the settings page, loses nothing, and resumes by itself when the tab lets go', async () => {
    const before = await browseAndStore(s, X_HOME, 10);
    expect(before.length).toBeGreaterThanOrEqual(10);

    // The blocking tab: an old connection that ignores versionchange, and an upgrade waiting for it.
    const holder = await s.openPage('options.html');
    const version = await holder.evaluate(async () => {
      const current = (await indexedDB.databases()).find((d) => d.name === 'earshot')?.version ?? 0;
      const state = window as unknown as { held: IDBDatabase; upgrade: IDBOpenDBRequest };
      state.held = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('earshot', current);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve) => {
        state.upgrade = indexedDB.open('earshot', current + 1);
        state.upgrade.onblocked = () => resolve();
      });
      return current;
    });
    expect(version).toBeGreaterThan(0);

    // Browsing goes on: the page still shows its marks (the content script classifies locally when
    // the background does not answer) and keeps the sightings in its retrying queue.
    const page = await openSitePage(s, X_STATUS);
    const during = (await waitForMarks(page, 1, 20_000)).map((m) => m.id!);

    // The background's write waits behind the upgrade; after a few seconds it says so.
    await expect.poll(async () => (await storedFault(s))?.kind, { timeout: 45_000, interval: 1000 }).toBe('blocked');
    const popup = await s.openPage('popup.html');
    const options = await s.openPage('options.html');
    for (const p of [popup, options]) {
      await expect.poll(() => bannerText(p), { timeout: 15_000 }).toMatch(/Earshot is waiting for its database: another Earshot tab is holding it open/);
      expect(await bannerText(p)).toMatch(/Close the other Earshot tabs .* Nothing already saved is lost/);
    }

    // The tab lets go: its upgrade runs (to version + 1, no schema change), then everyone else opens.
    await holder.evaluate(async () => {
      const state = window as unknown as { held: IDBDatabase; upgrade: IDBOpenDBRequest };
      state.held.close();
      const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
        if (state.upgrade.readyState === 'done') resolve(state.upgrade.result);
        state.upgrade.onsuccess = () => resolve(state.upgrade.result);
        state.upgrade.onerror = () => reject(state.upgrade.error);
      });
      upgraded.close();
    });
    await holder.close();

    // The warning goes away by itself, in the pages already open too.
    await expect.poll(() => storedFault(s), { timeout: 45_000, interval: 1000 }).toBeNull();
    for (const p of [popup, options]) await expect.poll(() => bannerText(p), { timeout: 15_000 }).toBe('');

    // Nothing lost: what was stored before, and what was browsed during the fault. The settings page
    // opened during the fault works without a reload (its connection reopened by itself).
    await expect
      .poll(async () => missingFrom(await exportFrom(options), [...before, ...during]), { timeout: 45_000, interval: 1000 })
      .toEqual([]);
    await page.close();

    // Recording resumes: a new page's mentions are stored as usual, with no fault.
    const after = await browseAndStore(s, LINKEDIN, 9);
    const all = mentionIds(await exportBackup(s));
    for (const id of [...before, ...during, ...after]) expect(all.filter((x) => x === id)).toHaveLength(1);
    expect(await storedFault(s)).toBeNull();
    await popup.close();
    await options.close();
  });
});

describe('storage fault: the database is deleted while in use', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
  });
  afterAll(() => s?.close());

  it('tells the user until the backup is imported, and recording carries on', async () => {
    const before = await browseAndStore(s, X_HOME, 10);
    const backup = await exportBackup(s); // the user's latest backup
    expect(mentionIds(backup)).toEqual(expect.arrayContaining(before));

    const holder = await s.openPage('options.html');
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('earshot');
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error);
        }),
    );
    await holder.close();

    // The content scripts still have the watchlist (extension storage) and keep recording; the first write
    // creates the database again, which is how Earshot knows it was lost.
    const during = await browseAndStore(s, LINKEDIN, 9);
    await expect.poll(async () => (await storedFault(s))?.kind, { timeout: 30_000, interval: 1000 }).toBe('lost');
    const popup = await s.openPage('popup.html');
    const options = await s.openPage('options.html');
    for (const p of [popup, options]) {
      await expect.poll(() => bannerText(p), { timeout: 15_000 }).toMatch(/Earshot’s database was deleted or reset/);
      expect(await bannerText(p)).toMatch(/Import your latest backup/);
    }
    // Later writes work, but the warning stays: it is about what was lost, not about writing.
    expect(mentionIds(await exportBackup(s))).not.toEqual(expect.arrayContaining(before));
    await browseAndStore(s, X_STATUS, 1);
    expect((await storedFault(s))?.kind).toBe('lost');

    // The recovery path: import the backup. Everything in it is back and the warning goes.
    await importBackup(s, backup);
    await expect.poll(() => storedFault(s), { timeout: 15_000 }).toBeNull();
    for (const p of [popup, options]) await expect.poll(() => bannerText(p), { timeout: 15_000 }).toBe('');
    expect(mentionIds(await exportBackup(s))).toEqual(expect.arrayContaining(before));

    // And recording carries on after the import.
    const after = await browseAndStore(s, FACEBOOK, 9);
    const all = mentionIds(await exportBackup(s));
    expect(all).toEqual(expect.arrayContaining([...before, ...after]));
    expect(during.length).toBeGreaterThan(0);
    await popup.close();
    await options.close();
  });
});
