/** The KPI engine (product.md §5): pure functions over plain arrays. */
export * from './types';
export { periodBounds, periodDays, localDayKey, startOfLocalDay, addDays, defaultTimeZone } from './periods';
export type { PeriodBounds, Range, LocalDay } from './periods';
export { computeKpis, computeKpisByChannel } from './compute';
export { DEFAULT_GOALS, PER_WEEK_KPIS, scaleTarget, evaluateGoal, goalsForScope, scoreOf } from './goals';
export { dailySeries, dailySeriesFromAggregates, SERIES_KPIS } from './series';
export type { SeriesKpi, SeriesPoint } from './series';
export {
  aggregatePosts,
  applyPostToAggregates,
  aggregateKeysFor,
  aggregateKey,
  computeCountKpisFromAggregates,
  sumAggregates,
} from './daily-aggregates';
export type { DailyAggregate, AggregateMap } from './daily-aggregates';
export { formatDuration, formatPercent, formatSentiment, NONE } from './format';
export { breachedSla, DEFAULT_SLA_HOURS } from './metrics';
export { toKpiInput, repliesFromEvents, engagementFromEvents, casesFromRows } from './from-db';
export { kpisValidUntil } from './valid-until';
export { KPI_POST_FIELDS, sameForKpis } from './post-fields';
