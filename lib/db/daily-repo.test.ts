import { liveQuery } from 'dexie';
import { parseBackup } from '../backup/import-backup';
import { applyBackup } from '../backup/apply-backup';
import { eraseAll } from '../backup/erase-all';
import { mentionEntry } from '../backup/test-fixtures';
import { aggregatePosts, defaultTimeZone, type DailyAggregate } from '../kpi';
import { rng } from '../kpi/test-fixtures';
import type { SeenPost } from '../messaging/protocol';
import type { PostKind, Site } from '../model/types';
import {
  DAILY_TIME_ZONE_KEY, EARLY_REPLIES_KEY, ensureDailyTimeZone, getDailyTimeZone, OWN_POSTS_KEY, readPostRefs, rebuildDailyAggregates,
} from './daily-repo';
import { recordSeenPosts } from './record-posts';
import { earlyReplyRefs, openDb, ownPostRefs, type EarshotDb, type PostRef } from './schema';

const sortRows = (rows: Iterable<DailyAggregate>) => [...rows].sort((a, b) => (a.day + a.site < b.day + b.site ? -1 : 1));

const sortRefs = (refs: PostRef[]) => [...refs].sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));

/**
 * The invariant: the table equals aggregatePosts of the posts table, in the stored zone; the own-post
 * list is exactly the own posts; the early-reply list holds every post replied to before first seen
 * (it may hold more, with a firstSeenAt never earlier than the post's).
 */
async function expectInvariant(db: EarshotDb): Promise<DailyAggregate[]> {
  const zone = (await getDailyTimeZone(db)) ?? defaultTimeZone();
  const posts = await db.posts.toArray();
  const expected = sortRows(aggregatePosts(posts, zone).values());
  const actual = sortRows(await db.daily.toArray());
  expect(actual).toEqual(expected);
  expect(sortRefs(await readPostRefs(db, OWN_POSTS_KEY))).toEqual(sortRefs(ownPostRefs(posts)));
  const byKey = new Map(posts.map((p) => [`${p.site}:${p.postId}`, p]));
  const early = earlyReplyRefs(await db.events.where('type').equals('reply').toArray(), (site, postId) => byKey.get(`${site}:${postId}`));
  const listed = new Map((await readPostRefs(db, EARLY_REPLIES_KEY)).map((r) => [`${r[0]}:${r[1]}`, r]));
  for (const r of early) expect(listed.has(`${r[0]}:${r[1]}`), `${r[0]}:${r[1]} replied before first seen`).toBe(true);
  for (const [key, r] of listed) {
    const p = byKey.get(key);
    if (p) expect(Date.parse(r[2])).toBeGreaterThanOrEqual(Date.parse(p.firstSeenAt));
  }
  return actual;
}

/** What recordReply does (lib/background/reply-handlers.ts): one event; the reply comes after the post was seen, if it was. */
async function reply(db: EarshotDb, random: () => number, site: Site, postId: string, now: Date): Promise<void> {
  const post = await db.posts.get([site, postId]);
  const at = post ? Date.parse(post.firstSeenAt) + Math.floor(random() * 48 * 3_600_000) : now.getTime() - Math.floor(random() * 10 * DAY);
  await db.events.put({ id: `reply:${site}:${postId}:${Math.floor(random() * 1e9)}`, type: 'reply', site, postId, at: new Date(at).toISOString() });
}

const SITES: Site[] = ['x', 'linkedin', 'facebook'];
const KINDS: PostKind[] = ['issue', 'question', 'praise', 'other'];
const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 20); // spans the DST changes of March (Europe, US)

function randomSeen(random: () => number, ids: number): SeenPost {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const roll = random();
  const role: SeenPost['role'] = roll < 0.75 ? 'mention' : roll < 0.88 ? 'competitor' : 'own';
  const seen = START + Math.floor(random() * 20 * DAY);
  return {
    data: {
      site: pick(SITES),
      postId: String(Math.floor(random() * ids)),
      url: null,
      author: 'Someone',
      handle: null,
      text: 'Northwind Coffee',
      postedAt: null,
      isComment: random() < 0.1,
      isOwn: false,
      isPromoted: random() < 0.03,
      engagement: role === 'own' && random() < 0.5 ? { likes: Math.floor(random() * 20) } : null,
    },
    matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
    classification: { kind: pick(KINDS), sentiment: random() * 2 - 1, urgency: 0, reasons: [] },
    role,
    seenAt: random() < 0.03 ? 'garbage' : new Date(seen).toISOString(),
  };
}

describe('daily aggregates, maintained by recordSeenPosts', () => {
  it.each(['America/New_York', 'Europe/Berlin', 'UTC'])(
    'equal aggregatePosts of the posts table after 1,000 random batches (%s)',
    async (zone) => {
      const db = openDb(`t-${Math.random()}`);
      await db.open();
      await db.meta.put({ key: DAILY_TIME_ZONE_KEY, value: zone });
      const random = rng(zone.length * 7919);
      for (let call = 0; call < 1000; call++) {
        // Mostly single posts, sometimes a batch (revisits of the same ids are frequent: 300 ids).
        const size = random() < 0.8 ? 1 : 1 + Math.floor(random() * 8);
        const batch = Array.from({ length: size }, () => randomSeen(random, 300));
        const now = new Date(START + Math.floor(random() * 25 * DAY));
        // Replies, some to posts not stored yet (stored later: replied before first seen).
        if (random() < 0.2) await reply(db, random, batch[0]!.data.site, String(Math.floor(random() * 300)), now);
        await recordSeenPosts(db, batch, now);
        if (call % 250 === 249) await expectInvariant(db);
      }
      const rows = await expectInvariant(db);
      expect((await readPostRefs(db, EARLY_REPLIES_KEY)).length).toBeGreaterThan(0);
      expect((await readPostRefs(db, OWN_POSTS_KEY)).length).toBeGreaterThan(10);
      expect(await db.posts.count()).toBeGreaterThan(250);
      expect(rows.length).toBeGreaterThan(30);
      expect(await getDailyTimeZone(db)).toBe(zone); // writers use the stored zone, never replace it
      db.close();
    },
    60_000,
  );

  it('a revisit writes nothing; a kind change moves the post between counters; an earlier sighting moves its day', async () => {
    const db = openDb(`t-${Math.random()}`);
    const base: SeenPost = {
      data: { site: 'x', postId: '1', url: null, author: 'A', handle: null, text: 't', postedAt: null, isComment: false, isOwn: false, isPromoted: false },
      matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
      classification: { kind: 'issue', sentiment: -0.5, urgency: 0, reasons: [] },
      role: 'mention',
      seenAt: '2026-03-10T12:00:00.000Z',
    };
    await recordSeenPosts(db, [base], new Date('2026-03-10T12:00:00.000Z'));
    const zone = await getDailyTimeZone(db);
    expect(zone).toBe(defaultTimeZone()); // a fresh database records the runtime zone on first write
    const put = vi.spyOn(db.daily, 'bulkPut');
    await recordSeenPosts(db, [base], new Date('2026-03-11T12:00:00.000Z'));
    expect(put).not.toHaveBeenCalled();
    await recordSeenPosts(db, [{ ...base, classification: { kind: 'praise', sentiment: 0.9, urgency: 0, reasons: [] } }], new Date('2026-03-12T00:00:00Z'));
    let rows = await expectInvariant(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mentions: 1, issue: 0, praise: 1, needing: 0, positive: 1, negative: 0 });
    await recordSeenPosts(db, [{ ...base, seenAt: '2026-03-01T12:00:00.000Z' }], new Date('2026-03-12T00:00:00Z'));
    rows = await expectInvariant(db);
    expect(rows.map((r) => r.day)).toEqual(['2026-03-01']); // the emptied day is deleted, not kept at 0
  });
});

describe('rebuild and time zone', () => {
  async function seeded(): Promise<EarshotDb> {
    const db = openDb(`t-${Math.random()}`);
    const random = rng(11);
    for (let i = 0; i < 40; i++) await recordSeenPosts(db, [randomSeen(random, 100)], new Date(START + 30 * DAY));
    return db;
  }

  it('ensureDailyTimeZone rebuilds only when the stored zone differs', async () => {
    const db = await seeded();
    const zone = (await getDailyTimeZone(db))!;
    expect(await ensureDailyTimeZone(db, zone)).toBe(false);
    expect(await ensureDailyTimeZone(db, 'Asia/Kolkata')).toBe(true);
    expect(await getDailyTimeZone(db)).toBe('Asia/Kolkata');
    await expectInvariant(db);
    // Later writes keep using the new zone.
    await recordSeenPosts(db, [randomSeen(rng(3), 100)], new Date(START + 31 * DAY));
    await expectInvariant(db);
  });

  it('rebuilds inside a liveQuery (where Dexie refuses rw transactions)', async () => {
    const db = await seeded();
    const result = await new Promise<boolean>((resolve, reject) => {
      const sub = liveQuery(() => ensureDailyTimeZone(db, 'Pacific/Auckland')).subscribe({
        next: (v) => {
          sub.unsubscribe();
          resolve(v);
        },
        error: reject,
      });
    });
    // Dexie re-runs a querier whose reads changed meanwhile: the emitted run found the zone already rebuilt.
    expect(typeof result).toBe('boolean');
    expect(await getDailyTimeZone(db)).toBe('Pacific/Auckland');
    await expectInvariant(db);
  });

  it('rebuildDailyAggregates replaces stale rows', async () => {
    const db = await seeded();
    await db.daily.put({ ...(await db.daily.toCollection().first())!, day: '1999-01-01' });
    expect(await rebuildDailyAggregates(db, 'UTC')).toBeGreaterThan(0);
    await expectInvariant(db);
  });
});

describe('import and erase', () => {
  it('import rebuilds the aggregates in its transaction; a file without posts leaves them', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [randomSeen(rng(5), 10)], new Date(START));
    await db.meta.put({ key: DAILY_TIME_ZONE_KEY, value: 'Europe/Berlin' });
    await rebuildDailyAggregates(db, 'Europe/Berlin');
    const file = {
      format: 'earshot-backup',
      version: 1,
      mentions: Array.from({ length: 200 }, (_, i) =>
        mentionEntry(i, { firstSeenAt: new Date(START + i * 3 * 3_600_000).toISOString(), kind: KINDS[i % 4] }),
      ),
      ownPosts: [{ site: 'x', url: 'https://x.com/me/status/9001', firstSeenAt: '2026-03-21T10:00:00Z', snapshots: [{ at: '2026-03-21T11:00:00Z', likes: 3 }] }],
    };
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    await applyBackup(db, parsed.backup);
    const rows = await expectInvariant(db);
    expect(rows.reduce((n, r) => n + r.mentions + r.competitor, 0)).toBe(200);
    expect(rows.reduce((n, r) => n + r.own, 0)).toBe(1);
    expect(await getDailyTimeZone(db)).toBe('Europe/Berlin');

    const before = await db.daily.toArray();
    const onlyReplies = parseBackup(JSON.stringify({ format: 'earshot-backup', version: 1, replies: [] }));
    if (!onlyReplies.ok) throw new Error(onlyReplies.error);
    await applyBackup(db, onlyReplies.backup);
    expect(await db.daily.toArray()).toEqual(before);
  });

  it('a failed import changes no aggregate', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [randomSeen(rng(9), 10)], new Date(START));
    const before = await db.daily.toArray();
    const parsed = parseBackup(JSON.stringify({ format: 'earshot-backup', version: 1, mentions: [mentionEntry(1)] }));
    if (!parsed.ok) throw new Error(parsed.error);
    vi.spyOn(db.cases, 'clear').mockRejectedValue(new Error('disk full'));
    const broken = { ...parsed.backup, cases: [] };
    await expect(applyBackup(db, broken)).rejects.toThrow();
    expect(await db.daily.toArray()).toEqual(before);
  });

  it('erase-all empties the aggregates and their zone; the next write starts afresh', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [randomSeen(rng(1), 10)], new Date(START));
    expect(await db.daily.count()).toBeGreaterThan(0);
    await eraseAll(db);
    expect(await db.daily.count()).toBe(0);
    expect(await getDailyTimeZone(db)).toBeUndefined();
    await recordSeenPosts(db, [randomSeen(rng(2), 10)], new Date(START));
    await expectInvariant(db);
  });
});
