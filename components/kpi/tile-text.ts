/**
 * The words a tile speaks besides its number: goal and change. Built from the
 * engine's own formatters so "≥ 2 h" on a tile reads like "2 h" in the value.
 */
import type { KpiReport, KpiUnit, KpiValue, PeriodDays } from '@/lib/kpi';
import { formatDuration, formatPercent, NONE } from '@/lib/kpi';
import { scorecardStrings as s } from './strings';

const OP_SYMBOL = { '>=': '≥', '<=': '≤' } as const;

/** A value in the KPI's unit, as the tile would show it ("90%", "2 h", "3", "+20 pts"). */
export function formatInUnit(unit: KpiUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  switch (unit) {
    case 'percent':
      return formatPercent(value);
    case 'score':
      return String(Math.round(value));
    case 'duration':
      return formatDuration(value);
    case 'sentiment': // net sentiment, in points of share
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.round(Math.abs(value))} pts`;
    default:
      return String(Math.round(value * 10) / 10);
  }
}

/** "≥ 90%" */
export function formatTarget(kpi: KpiValue): string | null {
  if (!kpi.goal) return null;
  return `${OP_SYMBOL[kpi.goal.op]} ${formatInUnit(kpi.unit, kpi.goal.target)}`;
}

export type GoalTone = 'met' | 'unmet' | 'unknown' | 'none';

/** The goal line's tone and its spoken text ("goal met: ≥ 90%"). */
export function describeGoal(kpi: KpiValue): { tone: GoalTone; text: string; visible: string } {
  const target = formatTarget(kpi);
  if (!kpi.goal || target === null) return { tone: 'none', text: s.noGoal, visible: s.noGoal };
  if (kpi.goal.met === true) return { tone: 'met', text: s.goalMet(target), visible: `✓ ${target}` };
  if (kpi.goal.met === false) return { tone: 'unmet', text: s.goalNotMet(target), visible: `✗ ${target}` };
  return { tone: 'unknown', text: s.goalUnknown(target), visible: `${target} ?` };
}

/** Score's own line: how many of the goals behind it are met (Score = share of goals met). */
export function describeScoreGoals(report: KpiReport): string {
  const evaluable = report.goals.filter((g) => g.met !== null);
  if (evaluable.length === 0) return s.noGoals;
  return s.goalsMet(evaluable.filter((g) => g.met).length, evaluable.length);
}

/** "up 25% vs previous 7 days"; "" when there is nothing to compare. */
export function describeChange(kpi: KpiValue, days: PeriodDays): string {
  if (kpi.change === null || kpi.changeDisplay === '') {
    return kpi.previous === null ? '' : s.previousWas(formatInUnit(kpi.unit, kpi.previous), days);
  }
  const direction = kpi.change > 0 ? 'up' : kpi.change < 0 ? 'down' : 'same';
  // The display carries the sign ("+25%", "−3 pts"); the words carry the direction instead.
  return s.change(direction, kpi.changeDisplay.replace(/^[+−-]/, ''), days);
}
