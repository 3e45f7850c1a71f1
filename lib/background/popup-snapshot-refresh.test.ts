import { browser } from 'wxt/browser';
import { isSnapshotCurrent, readPopupSnapshot, type PopupSnapshot } from '../db/popup-snapshot';
import { writePopupSnapshot } from '../db/popup-snapshot-repo';
import { recordSeenPosts } from '../db/record-posts';
import { openDb, type EarshotDb } from '../db/schema';
import { loadScorecardWithBasis } from '../db/scorecard-repo';
import { defaultTimeZone } from '../kpi/periods';
import type { SeenPost } from '../messaging/protocol';
import { SCORECARD_SETTING_KEYS, settingsFingerprint } from '../settings/scorecard-setting-keys';
import { createRefreshScheduler, MAX_WAIT_MS, QUIET_MS, refreshPopupSnapshot } from './popup-snapshot-refresh';

const BUILD = 'dev';
let n = 0;

function seen(postId: string, hoursAgo: number): SeenPost {
  const seenAt = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  return {
    data: { site: 'x', postId, url: `https://x.com/a/status/${postId}`, author: 'A', handle: 'a', text: 'Northwind Coffee never arrived', postedAt: seenAt, isComment: false, isOwn: false, isPromoted: false },
    matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
    classification: { kind: 'issue', sentiment: -0.4, urgency: 0, reasons: [] },
    role: 'mention',
    seenAt,
  };
}

/** A markup stand-in that carries the Mentions number, so the test sees which numbers it was made for. */
const render = (data: PopupSnapshot['data']) => ({ tag: 'main', children: [`Mentions ${data.report.byId.mentions.display}`] });

/** What the popup's first paint decides now: the stored copy if it is current for this build, else null. */
async function firstPaint(db: EarshotDb): Promise<PopupSnapshot | null> {
  const stored = await readPopupSnapshot(db.name);
  if (!stored) return null;
  const settings = settingsFingerprint(await browser.storage.sync.get([...SCORECARD_SETTING_KEYS]));
  const current = { build: BUILD, periodDays: 7 as const, site: 'all' as const, version: stored.version, settings, timeZone: defaultTimeZone(), now: Date.now() };
  return isSnapshotCurrent(stored.snapshot, current) ? stored.snapshot : null;
}

/** The popup's own store of a copy, as after it rendered the live numbers. */
async function popupStores(db: EarshotDb): Promise<void> {
  const { data, basis } = await loadScorecardWithBasis(db, { periodDays: 7, site: 'all' }, null);
  await writePopupSnapshot(db, BUILD, basis!, { report: data.report, series: data.series, openCases: data.openCases }, render(data));
}

describe('refreshPopupSnapshot', () => {
  let db: EarshotDb;
  beforeEach(() => {
    db = openDb(`refresh-${++n}-${Date.now()}`);
  });

  it('waits for a popup to have stored a copy (only a popup knows its build)', async () => {
    await recordSeenPosts(db, [seen('1', 2)]);
    expect(await refreshPopupSnapshot(db, render)).toBe('no-popup-yet');
  });

  it('after new data, stores a copy the next popup paints, with the new numbers', async () => {
    await recordSeenPosts(db, [seen('1', 2)]);
    await popupStores(db);
    expect((await firstPaint(db))?.view).toEqual({ tag: 'main', children: ['Mentions 1'] });

    await recordSeenPosts(db, [seen('2', 1)]); // browsing: a new mention
    expect(await firstPaint(db)).toBeNull(); // the popup's own copy is stale now
    expect(await refreshPopupSnapshot(db, render)).toBe('stored');
    const painted = await firstPaint(db);
    expect(painted?.view).toEqual({ tag: 'main', children: ['Mentions 2'] });
    expect(painted?.build).toBe(BUILD);
    expect(await refreshPopupSnapshot(db, render)).toBe('current'); // nothing new: no work
  });

  it('replaces a copy another build made, even with unchanged data (its markup may differ)', async () => {
    await recordSeenPosts(db, [seen('1', 2)]);
    await popupStores(db);
    expect(await refreshPopupSnapshot(db, render, 'next-build')).toBe('stored');
    expect(await firstPaint(db)).toBeNull(); // this test's popup is build "dev": not its copy
    expect((await readPopupSnapshot(db.name))?.snapshot?.build).toBe('next-build');
  });
});

describe('createRefreshScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once when writes go quiet, not once per write', async () => {
    const refresh = vi.fn(() => Promise.resolve());
    const s = createRefreshScheduler(refresh, () => Date.now());
    for (let i = 0; i < 5; i++) {
      s.poke();
      await vi.advanceTimersByTimeAsync(QUIET_MS / 3);
    }
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes at least every MAX_WAIT_MS during a long burst, one run at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const refresh = vi.fn(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 500));
      inFlight -= 1;
    });
    const s = createRefreshScheduler(refresh, () => Date.now());
    for (let t = 0; t < 6_000; t += 100) {
      s.poke();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(refresh.mock.calls.length).toBeGreaterThanOrEqual(Math.floor(6_000 / (MAX_WAIT_MS + 500)));
    expect(most).toBe(1);
    await vi.advanceTimersByTimeAsync(QUIET_MS + 600);
    await s.settled();
    const after = refresh.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refresh.mock.calls.length).toBe(after); // quiet: nothing more
  });

  it('keeps going after a failed refresh and stops when told', async () => {
    const refresh = vi.fn(() => Promise.reject(new Error('quota')));
    const s = createRefreshScheduler(refresh, () => Date.now());
    s.poke();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    s.poke();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(refresh).toHaveBeenCalledTimes(2);
    s.stop();
    s.poke();
    await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
