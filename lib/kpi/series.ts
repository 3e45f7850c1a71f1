/**
 * Sparklines: one point per local day of the current period, oldest first,
 * each day measured exactly as the tile measures a period (a day is a
 * period of one local day). Only KPIs where a daily value means something:
 * medians of one day's few replies, "now" numbers and the Score do not.
 */
import type { Site } from '../model/types';
import type { DailyAggregate } from './daily-aggregates';
import { sumAggregates } from './daily-aggregates';
import { addPostCounts, buildIndex, emptyCounts, needsResponse, postKey } from './metrics';
import { dayIndex, defaultTimeZone, periodDays } from './periods';
import { sentimentNet } from './report';
import type { KpiInput, KpiOptions, PostCounts } from './types';

export const SERIES_KPIS = [
  'mentions',
  'competitorMentions',
  'needingResponse',
  'responseRate',
  'issuesOpened',
  'issuesResolved',
  'ownPosts',
  'sentiment',
] as const;
export type SeriesKpi = (typeof SERIES_KPIS)[number];

export interface SeriesPoint {
  day: string;
  value: number | null;
}

interface DayBucket {
  counts: PostCounts;
  replied: number;
  opened: number;
  resolved: number;
}

function valueOf(kpi: SeriesKpi, b: DayBucket): number | null {
  switch (kpi) {
    case 'mentions':
      return b.counts.mentions;
    case 'competitorMentions':
      return b.counts.competitor;
    case 'needingResponse':
      return b.counts.needing;
    case 'ownPosts':
      return b.counts.own;
    case 'sentiment':
      return sentimentNet(b.counts);
    case 'responseRate': // replied share of that day's needing-response mentions; "—" on a day with none
      return b.counts.needing ? (b.replied / b.counts.needing) * 100 : null;
    case 'issuesOpened':
      return b.opened;
    case 'issuesResolved':
      return b.resolved;
  }
}

/** One pass over the input, each item placed in its day by binary search over the day boundaries. */
export function dailySeries(input: KpiInput, options: KpiOptions, kpi: SeriesKpi): SeriesPoint[] {
  const scope = options.site ?? 'all';
  const days = periodDays(options.now, options.periodDays, options.timeZone ?? defaultTimeZone());
  const buckets: DayBucket[] = days.map(() => ({ counts: emptyCounts(), replied: 0, opened: 0, resolved: 0 }));
  const inScope = (site: Site) => scope === 'all' || scope === site;
  const bucket = (iso: string | null) => (iso ? buckets[dayIndex(Date.parse(iso), days)] : undefined);

  const index = buildIndex({ ...input, posts: [], engagement: [] }, options.now);
  for (const p of input.posts) {
    const b = inScope(p.site) ? bucket(p.firstSeenAt) : undefined;
    if (!b) continue;
    addPostCounts(b.counts, p);
    if (needsResponse(p) && index.firstReply.has(postKey(p.site, p.postId))) b.replied++;
  }
  for (const c of input.cases) {
    if (!inScope(c.site)) continue;
    const opened = bucket(c.openedAt);
    if (opened) opened.opened++;
    const resolved = c.state === 'resolved' ? bucket(c.resolvedAt) : undefined;
    if (resolved) resolved.resolved++;
  }
  return days.map((d, i) => ({ day: d.day, value: valueOf(kpi, buckets[i]!) }));
}

/** The count sparklines from daily aggregates alone (O(rows), for the popup). */
export function dailySeriesFromAggregates(
  rows: Iterable<DailyAggregate>,
  options: KpiOptions,
  kpi: Extract<SeriesKpi, 'mentions' | 'competitorMentions' | 'needingResponse' | 'ownPosts' | 'sentiment'>,
): SeriesPoint[] {
  const scope = options.site ?? 'all';
  const days = periodDays(options.now, options.periodDays, options.timeZone ?? defaultTimeZone());
  const byDay = new Map<string, DailyAggregate[]>();
  for (const row of rows) {
    const list = byDay.get(row.day);
    if (list) list.push(row);
    else byDay.set(row.day, [row]);
  }
  return days.map((d) => {
    const counts = sumAggregates(byDay.get(d.day) ?? [], scope, d.day, d.day);
    return { day: d.day, value: valueOf(kpi, { counts, replied: 0, opened: 0, resolved: 0 }) };
  });
}
