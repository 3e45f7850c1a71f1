/**
 * The raw numbers behind the tiles, for one scope (channel or all) and one
 * range. Definitions follow product.md §5 word for word where it speaks;
 * where it is silent the choice is written next to the code.
 */
import type { Site, StoredPost } from '../model/types';
import type { Range } from './periods';
import type { CaseRecord, KpiInput, PostCounts, Scope } from './types';

/** "distinct posts by others matching the watchlist": never own, promoted or competitor-only posts (§1, §8). */
export const isMention = (p: StoredPost): boolean => !p.isOwn && !p.isPromoted && !p.competitor;
/** "Competitor mentions are counted apart." */
export const isCompetitorMention = (p: StoredPost): boolean => !p.isOwn && !p.isPromoted && p.competitor;
/** Own posts, not the user's own comments: those are mostly the replies the user makes. */
export const isOwnPost = (p: StoredPost): boolean => p.isOwn && !p.isComment && !p.isPromoted;

/** Brief: sentiment > 0.05 positive, < −0.05 negative, else neutral. */
export function sentimentBucket(score: number): 'positive' | 'neutral' | 'negative' {
  return score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral';
}

export const needsResponse = (p: StoredPost): boolean => isMention(p) && (p.kind === 'issue' || p.kind === 'question');

export function emptyCounts(): PostCounts {
  return { mentions: 0, competitor: 0, needing: 0, issue: 0, question: 0, praise: 0, other: 0, positive: 0, neutral: 0, negative: 0, own: 0 };
}

/** What one post adds to the counters of the day it was first seen. The one place both paths (arrays, aggregates) count. */
export function addPostCounts(counts: PostCounts, p: StoredPost, sign: 1 | -1 = 1): void {
  if (isMention(p)) {
    counts.mentions += sign;
    counts[p.kind] += sign;
    if (needsResponse(p)) counts.needing += sign;
    counts[sentimentBucket(p.sentiment)] += sign;
  } else if (isCompetitorMention(p)) counts.competitor += sign;
  else if (isOwnPost(p)) counts.own += sign;
}

export const postKey = (site: Site, postId: string): string => `${site}\u0000${postId}`;
const inScope = (scope: Scope, site: Site) => scope === 'all' || scope === site;
const within = (t: number, r: Range) => t >= r.start.getTime() && t < r.end.getTime();

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Lookups built once per computation: first reply and latest engagement per post, both as of `now`. */
export interface KpiIndex {
  now: number;
  posts: Map<string, StoredPost>;
  /** Earliest reply time per post; replies after `now` (clock skew, future imports) are ignored. */
  firstReply: Map<string, number>;
  latestEngagement: Map<string, { at: number; likes?: number; comments?: number; reposts?: number; views?: number }>;
}

export function buildIndex(input: KpiInput, now: Date): KpiIndex {
  const index: KpiIndex = { now: now.getTime(), posts: new Map(), firstReply: new Map(), latestEngagement: new Map() };
  for (const p of input.posts) index.posts.set(postKey(p.site, p.postId), p);
  for (const r of input.replies) {
    const t = Date.parse(r.at);
    const k = postKey(r.site, r.postId);
    if (!(t <= index.now)) continue; // NaN or future
    const first = index.firstReply.get(k);
    if (first === undefined || t < first) index.firstReply.set(k, t);
  }
  for (const e of input.engagement) {
    const t = Date.parse(e.at);
    const k = postKey(e.site, e.postId);
    if (!(t <= index.now)) continue;
    const latest = index.latestEngagement.get(k);
    if (latest === undefined || t >= latest.at) index.latestEngagement.set(k, { ...e, at: t });
  }
  return index;
}

export interface Metrics {
  counts: PostCounts;
  /** Needing-response mentions first seen in the range that have a reply (any time up to now). */
  replied: number;
  responseRate: number | null;
  customerWait: number | null;
  yourReaction: number | null;
  issuesOpened: number;
  issuesResolved: number;
  slaBreaches: number;
  timeToResolve: number | null;
  engagementPerPost: number | null;
  viewsPerPost: number | null;
}

export function computeMetrics(input: KpiInput, index: KpiIndex, scope: Scope, range: Range, slaHours: Record<string, number>): Metrics {
  const counts = emptyCounts();
  let replied = 0;
  const likes: number[] = [];
  const views: number[] = [];
  for (const p of input.posts) {
    if (!inScope(scope, p.site) || !within(Date.parse(p.firstSeenAt), range)) continue;
    addPostCounts(counts, p);
    const k = postKey(p.site, p.postId);
    // §5 "needing-response mentions replied to / needing response", both over mentions first seen in
    // the range; a reply made later still counts (for this range, not the reply's).
    if (needsResponse(p) && index.firstReply.has(k)) replied++;
    if (isOwnPost(p)) {
      // The latest snapshot, else the numbers stored on the post; a post never read is unknown, not 0.
      const e = index.latestEngagement.get(k) ?? p.engagement ?? {};
      if (e.likes !== undefined || e.comments !== undefined || e.reposts !== undefined)
        likes.push((e.likes ?? 0) + (e.comments ?? 0) + (e.reposts ?? 0));
      if (e.views !== undefined) views.push(e.views);
    }
  }
  // Waits: the FIRST reply per post, counted in the range where that reply was made (even when the
  // mention was first seen in an earlier period). Negative gaps (clock skew) count as 0.
  const waits: number[] = [];
  const reactions: number[] = [];
  for (const [k, t] of index.firstReply) {
    const p = index.posts.get(k);
    if (!p || !isMention(p) || !inScope(scope, p.site) || !within(t, range)) continue;
    if (p.postedAt && !Number.isNaN(Date.parse(p.postedAt))) waits.push(Math.max(0, t - Date.parse(p.postedAt)));
    const seen = Date.parse(p.firstSeenAt);
    if (!Number.isNaN(seen)) reactions.push(Math.max(0, t - seen));
  }
  const cases = input.cases.filter((c) => inScope(scope, c.site));
  const resolved = cases.filter((c) => c.state === 'resolved' && c.resolvedAt && within(Date.parse(c.resolvedAt), range));
  const opened = cases.filter((c) => within(Date.parse(c.openedAt), range));
  return {
    counts,
    replied,
    responseRate: counts.needing ? (replied / counts.needing) * 100 : null,
    customerWait: median(waits),
    yourReaction: median(reactions),
    issuesOpened: opened.length,
    issuesResolved: resolved.length,
    slaBreaches: opened.filter((c) => breachedSla(c, index.now, slaHours)).length,
    timeToResolve: median(resolved.map((c) => Math.max(0, Date.parse(c.resolvedAt!) - Date.parse(c.openedAt)))),
    engagementPerPost: likes.length ? likes.reduce((a, b) => a + b, 0) / likes.length : null,
    viewsPerPost: views.length ? views.reduce((a, b) => a + b, 0) / views.length : null,
  };
}

/** Open issues "now" (§5): open + escalated, whatever the period — the badge's number (§8). */
export function openIssues(cases: CaseRecord[], scope: Scope): number {
  return cases.filter((c) => inScope(scope, c.site) && (c.state === 'open' || c.state === 'escalated')).length;
}

export const DEFAULT_SLA_HOURS = 24;

/**
 * A case breached its SLA when it stayed open longer than the SLA: still open
 * (or escalated) and older than the SLA now, or closed after it. Ignored cases
 * count like resolved ones: they sat open that long before anyone closed them.
 */
export function breachedSla(c: CaseRecord, now: number, slaHours: Record<string, number>): boolean {
  const hours = c.slaHours ?? slaHours[c.category] ?? DEFAULT_SLA_HOURS;
  const open = c.state === 'open' || c.state === 'escalated';
  const end = open ? now : c.resolvedAt ? Date.parse(c.resolvedAt) : NaN;
  return end - Date.parse(c.openedAt) > hours * 3_600_000;
}
