/**
 * How a goal reads and is typed in the Goals tab: the unit the user sees
 * (hours, %, per week) against the engine's unit (ms, percent, per 7 days),
 * and the checks a target must pass. Pure, so the form and the list agree.
 */
import type { Goal, KpiId, Scope } from '@/lib/kpi';
import { KPI_IDS, KPI_LABELS, PER_WEEK_KPIS } from '@/lib/kpi';
import { SITE_LABELS } from '@/lib/model/types';
import { goalStrings as s } from './strings';

export type GoalKpi = Goal['kpi'];
export type GoalUnit = keyof typeof s.units;

/** Every KPI but Score: Score is made of goals. */
export const GOAL_KPIS = KPI_IDS.filter((id): id is GoalKpi => id !== 'score');
export const GOAL_SCOPES: readonly Scope[] = ['all', 'x', 'linkedin', 'facebook'];

const HOUR = 3_600_000;
const DURATIONS: ReadonlySet<KpiId> = new Set<KpiId>(['customerWait', 'yourReaction', 'timeToResolve']);
/** Lower is better for these, so a new goal on them starts as "at most". */
const LOWER_IS_BETTER: ReadonlySet<KpiId> = new Set<KpiId>([...DURATIONS, 'slaBreaches', 'openIssues']);

export function unitOf(kpi: GoalKpi): GoalUnit {
  if (kpi === 'responseRate') return 'percent';
  if (kpi === 'sentiment') return 'points';
  if (kpi === 'engagementPerPost') return 'perPost';
  if (DURATIONS.has(kpi)) return 'hours';
  return PER_WEEK_KPIS.has(kpi) ? 'perWeek' : 'count';
}

export const defaultOp = (kpi: GoalKpi): Goal['op'] => (LOWER_IS_BETTER.has(kpi) ? '<=' : '>=');

/** Engine value (ms for durations) → what the form shows (hours). */
export const toInput = (kpi: GoalKpi, target: number): number => (DURATIONS.has(kpi) ? target / HOUR : target);
/** What the form holds → engine value. */
export const fromInput = (kpi: GoalKpi, value: number): number => (DURATIONS.has(kpi) ? Math.round(value * HOUR) : value);

export const scopeName = (site: Scope): string => (site === 'all' ? s.allChannels : SITE_LABELS[site]);

/** "Response rate ≥ 90%, All channels" — the goal's name in buttons and messages. */
export function describeGoal(goal: Goal): string {
  const unit = unitOf(goal.kpi);
  const amount = String(Math.round(toInput(goal.kpi, goal.target) * 100) / 100);
  const withUnit = unit === 'percent' ? `${amount}%` : `${amount} ${s.units[unit]}`;
  return `${KPI_LABELS[goal.kpi]} ${goal.op === '>=' ? '≥' : '≤'} ${withUnit}, ${scopeName(goal.site)}`;
}

/**
 * The first problem with a draft, or null. `raw` is the input's text: the
 * target must be a positive number (a goal of 0 is either always met or
 * meaningless), and a share cannot pass 100.
 */
export function validateGoal(draft: Omit<Goal, 'target'>, raw: string, others: readonly Goal[]): string | null {
  const value = Number(raw.trim().replace(',', '.'));
  if (raw.trim() === '' || !Number.isFinite(value)) return s.errors.notANumber;
  if (value <= 0) return s.errors.notPositive;
  const unit = unitOf(draft.kpi);
  if (unit === 'percent' && value > 100) return s.errors.percentOver;
  if (unit === 'points' && value > 100) return s.errors.pointsOver;
  if (others.some((g) => g.site === draft.site && g.kpi === draft.kpi)) {
    return s.errors.duplicate(KPI_LABELS[draft.kpi], scopeName(draft.site));
  }
  return null;
}

/** The number a valid `raw` stands for (call after validateGoal). */
export const parseTarget = (raw: string): number => Number(raw.trim().replace(',', '.'));
