/**
 * Goals and the Score (product.md §5: "Goals per channel (e.g. response rate
 * ≥ 90%, customer wait ≤ 2 h, 3 own posts a week) shown as met / not met, and
 * an overall score 0–100 that is the share of goals met, weighted equally").
 */
import type { Goal, GoalResult, KpiId, KpiValue, Scope } from './types';

const HOUR = 3_600_000;

/** §5's examples, for all channels together. Targets in the KPI's unit (percent, ms, posts per week). */
export const DEFAULT_GOALS: Goal[] = [
  { site: 'all', kpi: 'responseRate', op: '>=', target: 90 },
  { site: 'all', kpi: 'customerWait', op: '<=', target: 2 * HOUR },
  { site: 'all', kpi: 'ownPosts', op: '>=', target: 3 },
];

/**
 * KPIs that count things happening in the period: their goal is written per
 * week ("3 own posts a week") and scaled to the period, rounded to a whole
 * count: 3/week → 3 (7 days), 13 (30 days: 12.86), 39 (90 days: 38.57).
 * Open issues is a "now" count and rates/medians do not grow with the period.
 */
export const PER_WEEK_KPIS: ReadonlySet<KpiId> = new Set<KpiId>([
  'mentions',
  'competitorMentions',
  'needingResponse',
  'issuesOpened',
  'issuesResolved',
  'slaBreaches',
  'ownPosts',
]);

export function scaleTarget(goal: Goal, periodDays: number): number {
  return PER_WEEK_KPIS.has(goal.kpi) ? Math.round((goal.target * periodDays) / 7) : goal.target;
}

/**
 * The goals a view's Score is made of, each with the scope it is measured on.
 * - Overall view: every goal, each on its own scope ('all' goals on the overall
 *   numbers, an X goal on X's numbers) — "the share of goals met".
 * - Channel view: that channel's goals, plus the 'all' goals for KPIs the
 *   channel has no goal of its own for, measured on the channel's numbers
 *   (so the default goals also give each channel a score).
 */
export function goalsForScope(goals: Goal[], scope: Scope): (Goal & { inherited?: true })[] {
  if (scope === 'all') return goals;
  const own = goals.filter((g) => g.site === scope);
  const inherited = goals
    .filter((g) => g.site === 'all' && !own.some((o) => o.kpi === g.kpi))
    .map((g) => ({ ...g, site: scope, inherited: true as const }));
  return [...own, ...inherited];
}

/** Met / not met, or null when the KPI has no value (e.g. no mention needed a response): not evaluable. */
export function evaluateGoal(goal: Goal, value: number | null, periodDays: number): GoalResult {
  const scaledTarget = scaleTarget(goal, periodDays);
  const met = value === null ? null : goal.op === '>=' ? value >= scaledTarget : value <= scaledTarget;
  return { ...goal, scaledTarget, value, met };
}

/** 0–100, the share of evaluable goals met; null ("—") when no goal can be evaluated or there are none. */
export function scoreOf(results: GoalResult[]): number | null {
  const evaluable = results.filter((r) => r.met !== null);
  if (evaluable.length === 0) return null;
  return (evaluable.filter((r) => r.met).length / evaluable.length) * 100;
}

/** The goal a tile shows: the first goal on that KPI measured on the view's own scope. */
export function tileGoal(results: GoalResult[], scope: Scope, kpi: KpiId): KpiValue['goal'] {
  const r = results.find((g) => g.site === scope && g.kpi === kpi);
  return r ? { target: r.scaledTarget, op: r.op, met: r.met } : undefined;
}
