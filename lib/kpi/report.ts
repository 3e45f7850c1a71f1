/**
 * Turns raw numbers (current and previous period) into tiles. Shared by
 * computeKpis (arrays) and computeCountKpisFromAggregates (daily
 * aggregates), so both paths produce identical tiles from identical counts.
 */
import { computeChange, formatChange, formatSentiment, formatValue } from './format';
import { evaluateGoal, goalsForScope, tileGoal } from './goals';
import type { Metrics } from './metrics';
import type { ChangeKind, Goal, GoalResult, KpiId, KpiUnit, KpiValue, PostCounts, Scope } from './types';
import { KPI_LABELS } from './types';

export const KPI_META: Record<KpiId, { unit: KpiUnit; change: ChangeKind }> = {
  mentions: { unit: 'count', change: 'relative' },
  competitorMentions: { unit: 'count', change: 'relative' },
  needingResponse: { unit: 'count', change: 'relative' },
  responseRate: { unit: 'percent', change: 'points' },
  customerWait: { unit: 'duration', change: 'absolute' },
  yourReaction: { unit: 'duration', change: 'absolute' },
  issuesOpened: { unit: 'count', change: 'relative' },
  issuesResolved: { unit: 'count', change: 'relative' },
  openIssues: { unit: 'count', change: 'relative' },
  slaBreaches: { unit: 'count', change: 'relative' },
  timeToResolve: { unit: 'duration', change: 'absolute' },
  sentiment: { unit: 'sentiment', change: 'points' },
  ownPosts: { unit: 'count', change: 'relative' },
  engagementPerPost: { unit: 'number', change: 'relative' },
  score: { unit: 'score', change: 'points' },
};

/** The KPIs that posts' counters alone define (and the daily aggregates can serve). */
export const COUNT_KPIS = ['mentions', 'competitorMentions', 'needingResponse', 'sentiment', 'ownPosts'] as const;

export function kpiValue(
  id: KpiId,
  value: number | null,
  previous: number | null,
  extra: Pick<KpiValue, 'goal' | 'detail'> & { display?: string } = {},
): KpiValue {
  const { unit, change: changeKind } = KPI_META[id];
  const change = computeChange(changeKind, value, previous);
  const out: KpiValue = {
    id,
    label: KPI_LABELS[id],
    unit,
    value,
    display: extra.display ?? formatValue(unit, value),
    previous,
    change,
    changeKind,
    changeDisplay: formatChange(changeKind, unit, change),
  };
  if (extra.goal) out.goal = extra.goal;
  if (extra.detail) out.detail = extra.detail;
  return out;
}

/** Shares in percent of the mentions; null when there were none (§5 "share of mentions"). */
export function sentimentShares(c: PostCounts): { positive: number; neutral: number; negative: number } | null {
  const n = c.positive + c.neutral + c.negative;
  if (n === 0) return null;
  return { positive: (c.positive / n) * 100, neutral: (c.neutral / n) * 100, negative: (c.negative / n) * 100 };
}

/** Net sentiment = positive share − negative share, in points. */
export function sentimentNet(c: PostCounts): number | null {
  const s = sentimentShares(c);
  return s ? s.positive - s.negative : null;
}

/** The value a goal (or a tile) reads from a scope's metrics; Open issues and Score are not metrics. */
export function metricValue(m: Metrics, kpi: Exclude<KpiId, 'score' | 'openIssues'>): number | null {
  switch (kpi) {
    case 'mentions':
      return m.counts.mentions;
    case 'competitorMentions':
      return m.counts.competitor;
    case 'needingResponse':
      return m.counts.needing;
    case 'ownPosts':
      return m.counts.own;
    case 'sentiment':
      return sentimentNet(m.counts);
    case 'issuesOpened':
    case 'issuesResolved':
    case 'slaBreaches':
    case 'responseRate':
    case 'customerWait':
    case 'yourReaction':
    case 'timeToResolve':
    case 'engagementPerPost':
      return m[kpi];
  }
}

const COUNT_VALUE: Record<(typeof COUNT_KPIS)[number], (c: PostCounts) => number | null> = {
  mentions: (c) => c.mentions,
  competitorMentions: (c) => c.competitor,
  needingResponse: (c) => c.needing,
  sentiment: sentimentNet,
  ownPosts: (c) => c.own,
};

/** Goal results for the count tiles of one view, from counters only (the aggregates path). */
export function countGoalResults(goals: Goal[], scope: Scope, counts: PostCounts, periodDays: number): GoalResult[] {
  return goalsForScope(goals, scope)
    .filter((g) => g.site === scope && g.kpi in COUNT_VALUE)
    .map((g) => evaluateGoal(g, COUNT_VALUE[g.kpi as keyof typeof COUNT_VALUE](counts), periodDays));
}

/** The five count tiles from current and previous counters. */
export function countKpis(cur: PostCounts, prev: PostCounts, scope: Scope, results: GoalResult[]): KpiValue[] {
  return COUNT_KPIS.map((id) => {
    const value = COUNT_VALUE[id](cur);
    const extra: Parameters<typeof kpiValue>[3] = { goal: tileGoal(results, scope, id) };
    if (id === 'sentiment') {
      const shares = sentimentShares(cur);
      extra.display = formatSentiment(shares);
      extra.detail = { positive: shares?.positive ?? null, neutral: shares?.neutral ?? null, negative: shares?.negative ?? null };
    }
    return kpiValue(id, value, COUNT_VALUE[id](prev), extra);
  });
}
