/**
 * computeKpis: the scorecard of product.md §5 for one view (a channel or all
 * channels) over the current period, with the previous period of equal
 * length for the change. Pure: same input and options, same report.
 */
import type { Site } from '../model/types';
import { DEFAULT_GOALS, evaluateGoal, goalsForScope, scoreOf, tileGoal } from './goals';
import { buildIndex, computeMetrics, openIssues, type Metrics } from './metrics';
import { defaultTimeZone, periodBounds } from './periods';
import { countKpis, kpiValue, metricValue } from './report';
import type { GoalResult, KpiId, KpiInput, KpiOptions, KpiReport, KpiValue, Scope } from './types';
import { KPI_IDS } from './types';

export function computeKpis(input: KpiInput, options: KpiOptions): KpiReport {
  const scope = options.site ?? 'all';
  const timeZone = options.timeZone ?? defaultTimeZone();
  const bounds = periodBounds(options.now, options.periodDays, timeZone);
  const index = buildIndex(input, options.now);
  const sla = options.slaHours ?? {};
  const goals = goalsForScope(options.goals ?? DEFAULT_GOALS, scope);

  // Metrics per scope, computed on demand: the overall view's Score may need a channel's numbers.
  const cache = new Map<string, Metrics>();
  const metrics = (s: Scope, which: 'current' | 'previous'): Metrics => {
    const key = `${s}:${which}`;
    let m = cache.get(key);
    if (!m) cache.set(key, (m = computeMetrics(input, index, s, bounds[which], sla)));
    return m;
  };
  const evaluate = (which: 'current' | 'previous'): GoalResult[] =>
    goals.map((g) => {
      // Open issues is a "now" number: it has no previous-period value to judge.
      const value =
        g.kpi === 'openIssues'
          ? which === 'current' ? openIssues(input.cases, g.site) : null
          : metricValue(metrics(g.site, which), g.kpi);
      return evaluateGoal(g, value, options.periodDays);
    });
  const results = evaluate('current');

  const cur = metrics(scope, 'current');
  const prev = metrics(scope, 'previous');
  const tile = (id: KpiId, value: number | null, previous: number | null, detail?: KpiValue['detail']): KpiValue =>
    kpiValue(id, value, previous, { goal: tileGoal(results, scope, id), detail });
  const simple = (id: Exclude<KpiId, 'score' | 'openIssues'>) => tile(id, metricValue(cur, id), metricValue(prev, id));

  const byId = {} as Record<KpiId, KpiValue>;
  for (const v of countKpis(cur.counts, prev.counts, scope, results)) byId[v.id] = v;
  Object.assign(byId, {
    responseRate: tile('responseRate', cur.responseRate, prev.responseRate, { replied: cur.replied, needing: cur.counts.needing }),
    customerWait: simple('customerWait'),
    yourReaction: simple('yourReaction'),
    issuesOpened: simple('issuesOpened'),
    issuesResolved: simple('issuesResolved'),
    openIssues: tile('openIssues', openIssues(input.cases, scope), null),
    slaBreaches: simple('slaBreaches'),
    timeToResolve: simple('timeToResolve'),
    engagementPerPost: tile('engagementPerPost', cur.engagementPerPost, prev.engagementPerPost, {
      viewsPerPost: cur.viewsPerPost,
    }),
    score: kpiValue('score', scoreOf(results), scoreOf(evaluate('previous'))),
  });
  return {
    site: scope,
    periodDays: options.periodDays,
    timeZone,
    current: bounds.current,
    previous: bounds.previous,
    kpis: KPI_IDS.map((id) => byId[id]),
    byId,
    goals: results,
  };
}

/** The overall view and each channel's (the dashboard's per-channel table). */
export function computeKpisByChannel(input: KpiInput, options: KpiOptions): Record<Scope, KpiReport> {
  const sites: Scope[] = ['all', 'x', 'linkedin', 'facebook'] satisfies (Site | 'all')[];
  return Object.fromEntries(sites.map((s) => [s, computeKpis(input, { ...options, site: s })])) as Record<Scope, KpiReport>;
}
