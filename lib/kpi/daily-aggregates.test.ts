import type { PostKind, Site, StoredPost } from '../model/types';
import { computeKpis } from './compute';
import {
  aggregateKey,
  aggregatePosts,
  applyPostToAggregates,
  computeCountKpisFromAggregates,
  type AggregateMap,
  type DailyAggregate,
} from './daily-aggregates';
import { NOW, post, rng, scenario } from './test-fixtures';
import type { KpiOptions } from './types';

const TZ = 'Europe/Berlin';
const rows = (agg: AggregateMap) => [...agg.values()].sort((a, b) => aggregateKey(a.day, a.site).localeCompare(aggregateKey(b.day, b.site)));

describe('aggregatePosts (hand-computed)', () => {
  it('counts each post in the local day it was first seen', () => {
    const agg = aggregatePosts(
      [
        post('x', 'a', { kind: 'issue', sentiment: -0.5, firstSeenAt: '2025-03-29T23:30:00Z' }), // 00:30 CET 03-30
        post('x', 'b', { kind: 'praise', sentiment: 0.5, firstSeenAt: '2025-03-30T21:30:00Z' }), // 23:30 CEST 03-30
        post('x', 'c', { competitor: true, firstSeenAt: '2025-03-30T10:00:00Z' }),
        post('x', 'd', { isOwn: true, firstSeenAt: '2025-03-30T22:30:00Z' }), // 00:30 CEST 03-31
        post('x', 'e', { isPromoted: true, firstSeenAt: '2025-03-30T10:00:00Z' }), // counts nowhere
      ],
      TZ,
    );
    expect(rows(agg)).toEqual([
      { day: '2025-03-30', site: 'x', mentions: 2, competitor: 1, needing: 1, issue: 1, question: 0, praise: 1, other: 0, positive: 1, neutral: 0, negative: 1, own: 0 },
      { day: '2025-03-31', site: 'x', mentions: 0, competitor: 0, needing: 0, issue: 0, question: 0, praise: 0, other: 0, positive: 0, neutral: 0, negative: 0, own: 1 },
    ]);
  });
});

describe('applyPostToAggregates', () => {
  const before = post('linkedin', 'p', { kind: 'question', sentiment: 0, firstSeenAt: '2025-06-10T10:00:00Z' });

  it('a new post adds one row; a revisit changes nothing', () => {
    const agg: AggregateMap = new Map();
    expect(applyPostToAggregates(agg, undefined, before, TZ)).toHaveLength(1);
    expect(applyPostToAggregates(agg, before, { ...before, lastSeenAt: '2025-06-11T00:00:00Z' }, TZ)).toEqual([]);
    expect(rows(agg)).toEqual(rows(aggregatePosts([before], TZ)));
  });

  it('a kind change moves the post between counters', () => {
    const agg = aggregatePosts([before], TZ);
    const after: StoredPost = { ...before, kind: 'praise', sentiment: 0.7 };
    const [row] = applyPostToAggregates(agg, before, after, TZ);
    expect(row).toMatchObject({ mentions: 1, needing: 0, question: 0, praise: 1, neutral: 0, positive: 1 });
  });

  it('an earlier firstSeenAt moves it to another day; the emptied row is returned for deletion', () => {
    const agg = aggregatePosts([before], TZ);
    const after = { ...before, firstSeenAt: '2025-06-08T10:00:00Z' };
    const changed = applyPostToAggregates(agg, before, after, TZ);
    expect(changed.map((r) => [r.day, r.mentions])).toEqual([['2025-06-10', 0], ['2025-06-08', 1]]);
    expect([...agg.keys()]).toEqual([aggregateKey('2025-06-08', 'linkedin')]);
  });
});

/** 1,000 posts written in random order with revisits and reclassifications, as the content scripts would. */
function randomWrites(seed: number) {
  const rand = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sites: Site[] = ['x', 'linkedin', 'facebook'];
  const kinds: PostKind[] = ['issue', 'question', 'praise', 'other'];
  const start = Date.parse('2025-01-01T00:00:00Z');
  const stored = new Map<string, StoredPost>();
  const agg: AggregateMap = new Map();
  const role = () => {
    const r = rand();
    return { isOwn: r < 0.1, competitor: r >= 0.1 && r < 0.25, isPromoted: r >= 0.25 && r < 0.28, isComment: rand() < 0.2 };
  };
  for (let i = 0; stored.size < 1000 || i < 4000; i++) {
    const existing = stored.size > 0 && rand() < 0.5 ? pick([...stored.values()]) : undefined;
    let next: StoredPost;
    if (!existing) {
      const firstSeenAt = new Date(start + Math.floor(rand() * 400 * 86_400_000)).toISOString();
      next = post(pick(sites), `p${stored.size}`, { ...role(), kind: pick(kinds), sentiment: rand() * 2 - 1, firstSeenAt });
    } else {
      const r = rand();
      next =
        r < 0.4 ? { ...existing, lastSeenAt: new Date().toISOString() } // revisit
        : r < 0.8 ? { ...existing, kind: pick(kinds), sentiment: rand() * 2 - 1 } // reclassified (fuller text)
        : r < 0.9 ? { ...existing, ...role() } // role re-read
        : { ...existing, firstSeenAt: new Date(Date.parse(existing.firstSeenAt) - rand() * 3 * 86_400_000).toISOString() };
    }
    const key = `${next.site}:${next.postId}`;
    const changed = applyPostToAggregates(agg, stored.get(key), next, TZ);
    if (existing && next.lastSeenAt !== existing.lastSeenAt) expect(changed).toEqual([]);
    stored.set(key, next);
  }
  return { posts: [...stored.values()], agg };
}

describe('incremental == rebuild on random data', () => {
  it.each([1, 2, 3])('seed %i', (seed) => {
    const { posts, agg } = randomWrites(seed);
    expect(posts.length).toBeGreaterThanOrEqual(1000);
    expect(rows(agg)).toEqual(rows(aggregatePosts(posts, TZ)));
    expect([...agg.values()].every((r: DailyAggregate) => Object.values(r).every((v) => typeof v === 'string' || v >= 0))).toBe(true);
  });
});

describe('computeCountKpisFromAggregates == computeKpis', () => {
  const count = (r: ReturnType<typeof computeKpis>) => ['mentions', 'competitorMentions', 'needingResponse', 'sentiment', 'ownPosts'].map((id) => r.byId[id as 'mentions']);

  it('on the hand-computed scenario', () => {
    const o: KpiOptions = { now: NOW, periodDays: 7, timeZone: 'UTC' };
    const fromAgg = computeCountKpisFromAggregates(aggregatePosts(scenario().posts, 'UTC').values(), o);
    expect(fromAgg).toEqual(count(computeKpis(scenario(), o)));
    expect(fromAgg.map((k) => k.display)).toEqual(['7', '1', '3', '43% · 29% · 29%', '3']);
  });

  it('on random data, every period, channel and zone', () => {
    const { posts } = randomWrites(7);
    const input = { posts, replies: [], cases: [], engagement: [] };
    const goals = [{ site: 'x' as const, kpi: 'mentions' as const, op: '>=' as const, target: 5 }, { site: 'all' as const, kpi: 'ownPosts' as const, op: '>=' as const, target: 3 }];
    for (const timeZone of ['UTC', 'Europe/Berlin', 'America/New_York']) {
      const agg = [...aggregatePosts(posts, timeZone).values()];
      for (const periodDays of [7, 30, 90] as const)
        for (const site of ['all', 'x', 'linkedin', 'facebook'] as const) {
          const o: KpiOptions = { now: new Date('2025-11-02T03:30:00Z'), periodDays, site, timeZone, goals };
          expect(computeCountKpisFromAggregates(agg, o), `${timeZone} ${periodDays} ${site}`).toEqual(count(computeKpis(input, o)));
        }
    }
  });
});
