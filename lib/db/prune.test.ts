import { aggregatePosts, defaultTimeZone } from '../kpi';
import type { SeenPost } from '../messaging/protocol';
import { makeCase } from '../cases/test-case';
import { getDailyTimeZone } from './daily-repo';
import { pruneOlderThan } from './prune';
import { recordSeenPosts } from './record-posts';
import { openDb, type EarshotDb } from './schema';

const NOW = new Date('2025-06-01T12:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const CUTOFF = new Date(NOW.getTime() - 365 * DAY);

const seen = (postId: string, daysAgo: number, role: SeenPost['role'] = 'mention'): SeenPost => ({
  data: {
    site: 'x', postId, url: `https://x.com/a/status/${postId}`, author: 'A', handle: 'a', text: `Northwind ${postId}`,
    postedAt: null, isComment: false, isOwn: role === 'own', isPromoted: false,
    engagement: role === 'own' ? { likes: 3 } : null,
  },
  matches: [{ termText: 'Northwind', kind: 'brand' }],
  classification: { kind: 'issue', sentiment: -0.5, urgency: 0, reasons: [] },
  role,
  seenAt: ago(daysAgo),
});

let db: EarshotDb;
beforeEach(async () => {
  db = openDb(`prune-${Math.random()}`);
  await recordSeenPosts(db, [seen('old', 400), seen('oldOwn', 500, 'own'), seen('oldActive', 420), seen('new', 10), seen('edge', 365)], NOW);
  await db.events.put({ id: 'reply:x:old:1', type: 'reply', site: 'x', postId: 'old', at: ago(399), data: { url: null, template: null } });
  await db.events.put({ id: 'reply:x:new:1', type: 'reply', site: 'x', postId: 'new', at: ago(9), data: { url: null, template: null } });
  await db.cases.bulkPut([
    makeCase({ id: 'C-1001', postId: 'old', state: 'resolved', openedAt: ago(400), resolvedAt: ago(390) }),
    makeCase({ id: 'C-1002', postId: 'oldActive', state: 'escalated', openedAt: ago(420), resolvedAt: null }),
    makeCase({ id: 'C-1003', postId: 'gone', state: 'open', openedAt: ago(800), resolvedAt: null }),
    makeCase({ id: 'C-1004', postId: 'new', state: 'ignored', openedAt: ago(10), resolvedAt: ago(5) }),
  ]);
});

describe('pruneOlderThan', () => {
  it('deletes posts first seen before the cutoff with all their events, and closed cases closed before it', async () => {
    const result = await pruneOlderThan(db, CUTOFF);
    expect(result).toEqual({ posts: 2, events: 4, cases: 1 });
    expect((await db.posts.toArray()).map((p) => p.postId).sort()).toEqual(['edge', 'new', 'oldActive']);
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual([
      'reply:x:new:1', 'seen:x:edge', 'seen:x:new', 'seen:x:oldActive',
    ]);
    expect((await db.cases.toArray()).map((c) => c.id).sort()).toEqual(['C-1002', 'C-1003', 'C-1004']);
  });

  it('never deletes an active case or its post, however old', async () => {
    await pruneOlderThan(db, new Date(NOW.getTime() + DAY));
    expect((await db.cases.toArray()).map((c) => c.id).sort()).toEqual(['C-1002', 'C-1003']);
    expect((await db.posts.toArray()).map((p) => p.postId)).toEqual(['oldActive']);
  });

  it('rebuilds the daily aggregates from the posts left', async () => {
    await pruneOlderThan(db, CUTOFF);
    const zone = (await getDailyTimeZone(db)) ?? defaultTimeZone();
    const expected = [...aggregatePosts(await db.posts.toArray(), zone).values()];
    const rows = await db.daily.toArray();
    expect(rows).toHaveLength(expected.length);
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(rows.reduce((n, r) => n + r.own, 0)).toBe(0);
  });

  it('is a no-op when nothing is old enough, and safe to run twice', async () => {
    expect(await pruneOlderThan(db, new Date(NOW.getTime() - 1000 * DAY))).toEqual({ posts: 0, events: 0, cases: 0 });
    await pruneOlderThan(db, CUTOFF);
    expect(await pruneOlderThan(db, CUTOFF)).toEqual({ posts: 0, events: 0, cases: 0 });
  });

  it('writes nothing when it fails half-way (one transaction)', async () => {
    const [posts, events] = [await db.posts.count(), await db.events.count()];
    const spy = vi.spyOn(db.cases, 'bulkDelete').mockRejectedValueOnce(new Error('disk full'));
    await expect(pruneOlderThan(db, CUTOFF)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.posts.count()).toBe(posts);
    expect(await db.events.count()).toBe(events);
    expect(await db.cases.count()).toBe(4);
  });

  it('refuses a cutoff that is not a date', async () => {
    await expect(pruneOlderThan(db, new Date('nope'))).rejects.toThrow(RangeError);
  });
});
