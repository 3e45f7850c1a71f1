/** Builders and a hand-checked data set for the KPI tests (test-only module). */
import type { Site, StoredPost } from '../model/types';
import type { CaseRecord, EngagementSnapshot, KpiInput, ReplyRecord } from './types';

export const H = 3_600_000;
export const MIN = 60_000;

/** A mention by someone else unless told otherwise. */
export function post(site: Site, postId: string, over: Partial<StoredPost> = {}): StoredPost {
  const firstSeenAt = over.firstSeenAt ?? '2025-06-10T09:00:00.000Z';
  return {
    site,
    postId,
    url: null,
    author: 'Someone',
    handle: null,
    text: 'Northwind Coffee',
    postedAt: null,
    isComment: false,
    isOwn: false,
    isPromoted: false,
    terms: ['Northwind Coffee'],
    kind: 'other',
    sentiment: 0,
    urgency: 0,
    reasons: [],
    competitor: false,
    firstSeenAt,
    lastSeenAt: firstSeenAt,
    ...over,
  };
}

export const reply = (site: Site, postId: string, at: string): ReplyRecord => ({ site, postId, at });

export function kase(site: Site, postId: string, over: Partial<CaseRecord> & Pick<CaseRecord, 'state' | 'openedAt'>): CaseRecord {
  return { site, postId, resolvedAt: null, category: 'Support', ...over };
}

export const snap = (site: Site, postId: string, at: string, numbers: Omit<EngagementSnapshot, 'site' | 'postId' | 'at'>): EngagementSnapshot => ({
  site,
  postId,
  at,
  ...numbers,
});

/**
 * The scenario the compute tests check by hand. now = 2025-06-15T12:00Z, UTC, 7 days:
 * current [06-09, 06-16), previous [06-02, 06-09). Expected numbers are in compute.test.ts.
 */
export const NOW = new Date('2025-06-15T12:00:00.000Z');

export function scenario(): KpiInput {
  const own = { isOwn: true, terms: [] };
  return {
    posts: [
      // current period mentions
      post('x', 'm1', { kind: 'issue', sentiment: -0.6, postedAt: '2025-06-10T08:00:00Z', firstSeenAt: '2025-06-10T09:00:00Z' }),
      post('x', 'm2', { kind: 'question', sentiment: 0, postedAt: null, firstSeenAt: '2025-06-11T10:00:00Z' }),
      post('linkedin', 'm3', { kind: 'issue', sentiment: -0.3, postedAt: '2025-06-12T00:00:00Z', firstSeenAt: '2025-06-12T06:00:00Z' }),
      post('linkedin', 'm4', { kind: 'praise', sentiment: 0.8, postedAt: '2025-06-12T00:00:00Z', firstSeenAt: '2025-06-12T07:00:00Z' }),
      post('facebook', 'm5', { kind: 'other', sentiment: 0.04, firstSeenAt: '2025-06-14T12:00:00Z' }),
      post('x', 'm6', { kind: 'praise', sentiment: 0.06, firstSeenAt: '2025-06-15T11:59:00Z' }),
      post('facebook', 'm7', { kind: 'praise', sentiment: 0.9, firstSeenAt: '2025-06-09T00:00:00Z' }), // exactly the start: in
      // competitor posts: one in the current period, one before the previous one
      post('x', 'c1', { competitor: true, kind: 'issue', sentiment: -0.9, firstSeenAt: '2025-06-13T10:00:00Z' }),
      post('facebook', 'c2', { competitor: true, firstSeenAt: '2025-06-01T10:00:00Z' }),
      // own posts (o3 is the user's own comment: not an own post), a promoted post (nowhere)
      post('linkedin', 'o1', { ...own, firstSeenAt: '2025-06-10T10:00:00Z' }),
      post('x', 'o2', { ...own, firstSeenAt: '2025-06-14T10:00:00Z', engagement: { likes: 4, views: 100 } }),
      post('x', 'o3', { ...own, isComment: true, firstSeenAt: '2025-06-11T10:00:00Z' }),
      post('x', 'o4', { ...own, firstSeenAt: '2025-06-13T10:00:00Z' }),
      post('x', 'p1', { isPromoted: true, kind: 'issue', firstSeenAt: '2025-06-12T10:00:00Z' }),
      // previous period
      post('x', 'q1', { kind: 'issue', sentiment: -0.5, postedAt: '2025-06-08T20:00:00Z', firstSeenAt: '2025-06-08T22:00:00Z' }),
      post('x', 'q2', { kind: 'question', sentiment: 0, firstSeenAt: '2025-06-05T10:00:00Z' }),
      post('linkedin', 'q3', { kind: 'praise', sentiment: 0.5, firstSeenAt: '2025-06-03T10:00:00Z' }),
      post('x', 'o5', { ...own, firstSeenAt: '2025-06-04T10:00:00Z' }),
    ],
    replies: [
      reply('x', 'm1', '2025-06-10T10:00:00Z'),
      reply('x', 'm1', '2025-06-10T12:00:00Z'), // second reply: only the first counts
      reply('x', 'm2', '2025-06-11T10:30:00Z'),
      reply('linkedin', 'm4', '2025-06-12T11:00:00Z'),
      reply('x', 'q1', '2025-06-09T01:00:00Z'), // mention of the previous period, replied in the current one
      reply('linkedin', 'm3', '2025-06-16T00:00:00Z'), // after now: ignored
      reply('x', 'c1', '2025-06-13T11:00:00Z'), // a competitor post is not a mention: no wait counted
    ],
    cases: [
      kase('x', 'k1', { state: 'open', openedAt: '2025-06-14T00:00:00Z' }),
      kase('x', 'k2', { state: 'escalated', category: 'Billing', openedAt: '2025-06-15T00:00:00Z' }),
      kase('linkedin', 'k3', { state: 'resolved', openedAt: '2025-06-10T00:00:00Z', resolvedAt: '2025-06-10T06:00:00Z' }),
      kase('linkedin', 'k4', { state: 'resolved', openedAt: '2025-06-11T00:00:00Z', resolvedAt: '2025-06-12T12:00:00Z' }),
      kase('x', 'k5', { state: 'resolved', openedAt: '2025-06-05T00:00:00Z', resolvedAt: '2025-06-09T12:00:00Z' }),
      kase('facebook', 'k6', { state: 'ignored', openedAt: '2025-06-12T00:00:00Z', resolvedAt: '2025-06-14T00:00:00Z' }),
      kase('x', 'k7', { state: 'open', category: 'PR', openedAt: '2025-06-13T12:00:00Z' }),
      kase('facebook', 'k8', { state: 'open', openedAt: '2025-06-01T00:00:00Z' }),
      kase('x', 'k9', { state: 'resolved', slaHours: 4, openedAt: '2025-06-03T00:00:00Z', resolvedAt: '2025-06-03T05:00:00Z' }),
    ],
    engagement: [
      snap('linkedin', 'o1', '2025-06-10T12:00:00Z', { likes: 5, comments: 1 }),
      snap('linkedin', 'o1', '2025-06-12T12:00:00Z', { likes: 10, comments: 2, reposts: 3, views: 500 }),
      snap('linkedin', 'o1', '2025-06-16T12:00:00Z', { likes: 99 }), // after now: ignored
    ],
  };
}

/** Deterministic PRNG (mulberry32) for the randomised tests. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
