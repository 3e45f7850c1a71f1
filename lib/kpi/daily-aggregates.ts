/**
 * Daily aggregates: per local day and site, the counters of the posts FIRST
 * SEEN that day. The popup reads O(days) rows instead of O(posts) (100,000
 * mentions must not slow it down). Pure data: the caller stores the rows
 * (keyed [day+site]) and keeps them up to date with applyPostToAggregates on
 * every post write.
 *
 * Days are local days in one time zone: rows built in Europe/Berlin are wrong
 * in New York, so the caller stores the zone with them and rebuilds
 * (aggregatePosts) when the user's zone changes.
 */
import type { Site, StoredPost } from '../model/types';
import { DEFAULT_GOALS } from './goals';
import { addPostCounts, emptyCounts } from './metrics';
import { addDays, defaultTimeZone, localDayKey } from './periods';
import { countGoalResults, countKpis } from './report';
import type { KpiOptions, KpiValue, PostCounts } from './types';

export interface DailyAggregate extends PostCounts {
  /** Local day 'YYYY-MM-DD' of firstSeenAt. */
  day: string;
  site: Site;
}

/** Rows by `aggregateKey(day, site)`. */
export type AggregateMap = Map<string, DailyAggregate>;

export const aggregateKey = (day: string, site: Site): string => `${day}|${site}`;

const COUNTERS = Object.keys(emptyCounts()) as (keyof PostCounts)[];

/** The row a post counts in, or null when its firstSeenAt is unreadable (it then counts nowhere, as in computeKpis). */
function dayOf(post: StoredPost, timeZone: string): string | null {
  const t = Date.parse(post.firstSeenAt);
  return Number.isNaN(t) ? null : localDayKey(t, timeZone);
}

function rowFor(agg: AggregateMap, day: string, site: Site): DailyAggregate {
  const key = aggregateKey(day, site);
  let row = agg.get(key);
  if (!row) agg.set(key, (row = { day, site, ...emptyCounts() }));
  return row;
}

const isEmpty = (row: DailyAggregate) => COUNTERS.every((c) => row[c] === 0);

/** Rebuild from scratch (first run, import, time zone change). */
export function aggregatePosts(posts: Iterable<StoredPost>, timeZone: string = defaultTimeZone()): AggregateMap {
  const agg: AggregateMap = new Map();
  for (const post of posts) {
    const day = dayOf(post, timeZone);
    if (day) addPostCounts(rowFor(agg, day, post.site), post);
  }
  for (const [key, row] of agg) if (isEmpty(row)) agg.delete(key); // e.g. promoted posts count nowhere
  return agg;
}

/**
 * Incremental maintenance when a post is written: take out what `before`
 * (the stored row, undefined for a new post) counted, add what `after`
 * counts. A post whose kind changes moves between counters; a revisit
 * (same day, same role, kind and sentiment bucket) changes nothing.
 *
 * Updates `agg` in place (the caller loads the rows of the one or two keys
 * involved, see `aggregateKeysFor`) and returns the rows it touched, with
 * their new counters, for writing back; a row whose counters all reach 0 is
 * removed from `agg` and returned as such (the caller deletes it).
 */
export function applyPostToAggregates(
  agg: AggregateMap,
  before: StoredPost | undefined,
  after: StoredPost,
  timeZone: string = defaultTimeZone(),
): DailyAggregate[] {
  const keys = aggregateKeysFor(before, after, timeZone);
  const was = new Map(keys.map((k) => [k, { ...(agg.get(k) ?? emptyCounts()) }]));
  for (const [post, sign] of [[before, -1], [after, 1]] as const) {
    const day = post && dayOf(post, timeZone);
    if (post && day) addPostCounts(rowFor(agg, day, post.site), post, sign);
  }
  // Only rows whose counters really moved are returned: a revisit returns [].
  const changed: DailyAggregate[] = [];
  for (const key of keys) {
    const row = agg.get(key)!;
    if (isEmpty(row)) agg.delete(key);
    const old = was.get(key)!;
    if (COUNTERS.some((c) => old[c] !== row[c])) changed.push({ ...row });
  }
  return changed;
}

/** The [day+site] keys a write touches, so the caller loads just those rows. */
export function aggregateKeysFor(before: StoredPost | undefined, after: StoredPost, timeZone: string = defaultTimeZone()): string[] {
  const keys = [before, after].flatMap((p) => {
    const day = p && dayOf(p, timeZone);
    return day && p ? [aggregateKey(day, p.site)] : [];
  });
  return [...new Set(keys)];
}

/** Sum of the rows of `site` (or all) whose day lies in [firstDay, lastDay]. O(rows). */
export function sumAggregates(rows: Iterable<DailyAggregate>, site: Site | 'all', firstDay: string, lastDay: string): PostCounts {
  const sum = emptyCounts();
  for (const row of rows) {
    if ((site !== 'all' && row.site !== site) || row.day < firstDay || row.day > lastDay) continue;
    for (const c of COUNTERS) sum[c] += row[c];
  }
  return sum;
}

/**
 * Mentions, Competitor mentions, Needing response, Sentiment and Own posts
 * from aggregates alone, equal to the same tiles of computeKpis on the posts
 * the aggregates were built from (tested). Periods are local days, exactly as
 * in periods.ts, so summing whole days is the same as filtering instants.
 */
export function computeCountKpisFromAggregates(rows: Iterable<DailyAggregate>, options: KpiOptions): KpiValue[] {
  const timeZone = options.timeZone ?? defaultTimeZone();
  const scope = options.site ?? 'all';
  const today = localDayKey(options.now, timeZone);
  const n = options.periodDays;
  const list = [...rows];
  const cur = sumAggregates(list, scope, addDays(today, 1 - n), today);
  const prev = sumAggregates(list, scope, addDays(today, 1 - 2 * n), addDays(today, -n));
  const results = countGoalResults(options.goals ?? DEFAULT_GOALS, scope, cur, n);
  return countKpis(cur, prev, scope, results);
}
