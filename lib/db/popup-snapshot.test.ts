import { pruneOlderThan } from './prune';
import { isSnapshotCurrent, POPUP_SNAPSHOT_FORMAT, readPopupSnapshot, type CurrentBasis, type PopupSnapshot } from './popup-snapshot';
import { writePopupSnapshot } from './popup-snapshot-repo';
import { recordSeenPosts } from './record-posts';
import { openDb, type EarshotDb } from './schema';
import { loadScorecardWithBasis } from './scorecard-repo';
import { SCORECARD_VERSION_KEY } from './snapshot-keys';
import { rng } from '../kpi/test-fixtures';
import type { SeenPost } from '../messaging/protocol';
import type { PostKind, Site } from '../model/types';
import { saveGoals } from '../settings/goals';
import { SCORECARD_SETTING_KEYS, settingsFingerprint } from '../settings/scorecard-setting-keys';
import { browser } from 'wxt/browser';

const H = 3_600_000;
const NOW = new Date('2026-03-10T15:00:00.000Z');
const BUILD = '/chunks/popup-test.js';
const ZONE = 'Europe/Berlin';
const VIEW = { tag: 'main', attrs: [['data-ready', 'true']] };

let n = 0;
const freshName = () => `popup-snapshot-${++n}-${Date.now()}`;

function seen(site: Site, postId: string, hoursAgo: number, kind: PostKind = 'issue', text = 'Northwind Coffee never arrived'): SeenPost {
  const seenAt = new Date(NOW.getTime() - hoursAgo * H).toISOString();
  return {
    data: { site, postId, url: `https://example.test/${postId}`, author: 'A', handle: null, text, postedAt: seenAt, isComment: false, isOwn: false, isPromoted: false },
    matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
    classification: { kind, sentiment: kind === 'praise' ? 0.6 : -0.4, urgency: 0, reasons: [] },
    role: 'mention',
    seenAt,
  };
}

async function settingsNow(): Promise<string> {
  return settingsFingerprint(await browser.storage.sync.get([...SCORECARD_SETTING_KEYS]));
}

/** What the popup computes and stores for the opening view at `now`. */
async function computeAndStore(db: EarshotDb, now: Date): Promise<boolean> {
  const { data, basis } = await loadScorecardWithBasis(db, { periodDays: 7, site: 'all', now, timeZone: ZONE }, null);
  return writePopupSnapshot(db, BUILD, basis!, { report: data.report, series: data.series, openCases: data.openCases }, VIEW);
}

/** What the popup's first paint would decide at `now`: the snapshot if current, else null. */
async function firstPaint(db: EarshotDb, now: Date): Promise<PopupSnapshot | null> {
  const stored = await readPopupSnapshot(db.name);
  if (!stored) return null;
  const current: CurrentBasis = { build: BUILD, periodDays: 7, site: 'all', version: stored.version, settings: await settingsNow(), timeZone: ZONE, now: now.getTime() };
  return isSnapshotCurrent(stored.snapshot, current) ? stored.snapshot : null;
}

describe('isSnapshotCurrent', () => {
  const basis = { periodDays: 7 as const, site: 'all' as const, version: 'v1', settings: '[null,null]', timeZone: ZONE, computedAt: 1000, validUntil: 5000 };
  const snapshot: PopupSnapshot = { format: POPUP_SNAPSHOT_FORMAT, build: BUILD, basis, data: {} as PopupSnapshot['data'], view: VIEW };
  const current: CurrentBasis = { build: BUILD, periodDays: 7, site: 'all', version: 'v1', settings: '[null,null]', timeZone: ZONE, now: 2000 };

  it('holds when everything it was computed from is the same and the clock is within its validity', () => {
    expect(isSnapshotCurrent(snapshot, current)).toBe(true);
    expect(isSnapshotCurrent(snapshot, { ...current, now: 1000 })).toBe(true);
    expect(isSnapshotCurrent(snapshot, { ...current, now: 4999 })).toBe(true);
  });

  it.each<[string, Partial<CurrentBasis>]>([
    ['the data changed', { version: 'v2' }],
    ['no data version', { version: undefined }],
    ['the goals or SLAs changed', { settings: '[[],null]' }],
    ['another time zone', { timeZone: 'UTC' }],
    ['another view', { periodDays: 30 }],
    ['another channel', { site: 'x' }],
    ['another build of the popup', { build: '/chunks/popup-other.js' }],
    ['its validity ended', { now: 5000 }],
    ['the clock went back', { now: 999 }],
  ])('is a miss when %s', (_why, change) => {
    expect(isSnapshotCurrent(snapshot, { ...current, ...change })).toBe(false);
  });

  it('is a miss for nothing stored, another format or a malformed row', () => {
    expect(isSnapshotCurrent(undefined, current)).toBe(false);
    expect(isSnapshotCurrent({ ...snapshot, format: 99 as never }, current)).toBe(false);
    expect(isSnapshotCurrent({ ...snapshot, basis: null as never }, current)).toBe(false);
  });
});

describe('readPopupSnapshot (plain IndexedDB)', () => {
  it('gives null without a database, and does not create one', async () => {
    const name = freshName();
    expect(await readPopupSnapshot(name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('reads what writePopupSnapshot stored, Dates included, with the data version', async () => {
    const db = openDb(freshName());
    await recordSeenPosts(db, [seen('x', '1', 5)], NOW);
    expect(await computeAndStore(db, NOW)).toBe(true);
    const stored = await readPopupSnapshot(db.name);
    expect(stored?.version).toEqual(expect.any(String));
    expect(stored?.snapshot?.basis.version).toBe(stored?.version);
    expect(stored?.snapshot?.data.report.current.start).toBeInstanceOf(Date);
    expect(stored?.snapshot?.data.report.byId.mentions.value).toBe(1);
    expect(stored?.snapshot?.view).toEqual(VIEW);
  });
});

describe('writePopupSnapshot', () => {
  it('gives a database without a data version its first one, with the snapshot', async () => {
    const db = openDb(freshName());
    await db.open();
    expect(await db.meta.get(SCORECARD_VERSION_KEY)).toBeUndefined();
    expect(await computeAndStore(db, NOW)).toBe(true);
    expect(await firstPaint(db, NOW)).not.toBeNull();
  });

  it('stores nothing when the data changed after it was read', async () => {
    const db = openDb(freshName());
    await recordSeenPosts(db, [seen('x', '1', 5)], NOW);
    const { data, basis } = await loadScorecardWithBasis(db, { periodDays: 7, site: 'all', now: NOW, timeZone: ZONE }, null);
    await recordSeenPosts(db, [seen('x', '2', 4)], NOW); // a new mention meanwhile
    expect(await writePopupSnapshot(db, BUILD, basis!, data, VIEW)).toBe(false);
    expect(await firstPaint(db, NOW)).toBeNull();
  });

  it('stores nothing for numbers computed with goals or SLAs the caller chose', async () => {
    const db = openDb(freshName());
    const { data, basis } = await loadScorecardWithBasis(db, { periodDays: 7, site: 'all', now: NOW, timeZone: ZONE, goals: [] }, null);
    expect(basis!.settings).toBeNull();
    expect(await writePopupSnapshot(db, BUILD, basis!, data, VIEW)).toBe(false);
  });
});

describe('a cached scorecard is never shown as current after its numbers changed', () => {
  it('each kind of change: new mention, reclassification, reply, case, retention, goals, the clock', async () => {
    const db = openDb(freshName());
    await recordSeenPosts(db, [seen('x', '1', 30), seen('linkedin', '2', 20, 'praise')], NOW);
    const changes: [string, () => Promise<unknown>][] = [
      ['a new mention', () => recordSeenPosts(db, [seen('facebook', '3', 2)], NOW)],
      ['a reclassified mention', () => recordSeenPosts(db, [seen('x', '1', 30, 'question')], NOW)],
      ['a reply', () => db.events.put({ id: 'reply:x:1:a', type: 'reply', site: 'x', postId: '1', at: new Date(NOW.getTime() - H).toISOString() })],
      ['a case', () => db.cases.put({ id: 'C-1', site: 'x', postId: '1', url: null, state: 'open', category: 'Support', openedAt: new Date(NOW.getTime() - 2 * H).toISOString(), resolvedAt: null, history: [] })],
      ['retention', () => pruneOlderThan(db, new Date(NOW.getTime() - 25 * H))],
      ['new goals', () => saveGoals([{ site: 'all', kpi: 'mentions', op: '>=', target: 1 }])],
    ];
    for (const [what, change] of changes) {
      expect(await computeAndStore(db, NOW), what).toBe(true);
      expect(await firstPaint(db, NOW), `before ${what}`).not.toBeNull();
      await change();
      expect(await firstPaint(db, NOW), `after ${what}`).toBeNull();
    }
    // The clock: at validUntil (the next midnight in Berlin, or an open case's SLA breach if sooner) it stops being current.
    expect(await computeAndStore(db, NOW)).toBe(true);
    const { basis } = await loadScorecardWithBasis(db, { periodDays: 7, site: 'all', now: NOW, timeZone: ZONE }, null);
    expect(await firstPaint(db, new Date(basis!.validUntil - 1))).not.toBeNull();
    expect(await firstPaint(db, new Date(basis!.validUntil))).toBeNull();
  });

  it('a revisit that changes nothing the KPIs read keeps it current', async () => {
    const db = openDb(freshName());
    await recordSeenPosts(db, [seen('x', '1', 30)], NOW);
    expect(await computeAndStore(db, NOW)).toBe(true);
    await recordSeenPosts(db, [seen('x', '1', 30, 'issue', 'Northwind Coffee never arrived (edited)')], new Date(NOW.getTime() + 60_000));
    expect(await firstPaint(db, NOW)).not.toBeNull();
  });

  it('random writes: whenever the first paint would show the cache, the loader computes exactly it', async () => {
    const random = rng(11);
    const db = openDb(freshName());
    const sites: Site[] = ['x', 'linkedin', 'facebook'];
    const kinds: PostKind[] = ['issue', 'question', 'praise', 'other'];
    let shown = 0;
    for (let step = 0; step < 120; step++) {
      const r = random();
      const site = sites[Math.floor(random() * 3)]!;
      const id = String(Math.floor(random() * 12));
      const hoursAgo = Math.floor(random() * 200);
      if (r < 0.3) await recordSeenPosts(db, [seen(site, id, hoursAgo, kinds[Math.floor(random() * 4)])], NOW);
      else if (r < 0.45) await recordSeenPosts(db, [seen(site, id, hoursAgo, 'issue', `edited ${random()}`)], NOW); // may be a revisit or a change
      else if (r < 0.55) await db.events.put({ id: `reply:${site}:${id}:${step}`, type: 'reply', site, postId: id, at: new Date(NOW.getTime() - Math.floor(random() * 100) * H).toISOString() });
      else if (r < 0.65) await db.events.put({ id: `seen:${site}:${id}`, type: 'seen', site, postId: id, at: NOW.toISOString() });
      else if (r < 0.72)
        await db.cases.put({ id: `C-${id}`, site, postId: id, url: null, state: random() < 0.5 ? 'open' : 'resolved', category: 'PR', openedAt: new Date(NOW.getTime() - hoursAgo * H).toISOString(), resolvedAt: NOW.toISOString(), history: [] });
      else await computeAndStore(db, NOW);
      const cached = await firstPaint(db, NOW);
      if (!cached) continue;
      shown++;
      const { data } = await loadScorecardWithBasis(db, { periodDays: 7, site: 'all', now: NOW, timeZone: ZONE }, null);
      expect(cached.data).toEqual({ report: data.report, series: data.series, openCases: data.openCases });
    }
    expect(shown).toBeGreaterThan(20); // the check ran, not only misses
  }, 60_000);
});
