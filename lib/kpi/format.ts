/**
 * How KPI values read on a tile. product.md §5 gives no formats; the brief
 * fixes "2 h 10 min", "45 min", "3 d 4 h" and "—" for nothing to measure.
 * A count of zero is a real value and shows "0"; a rate or median over
 * nothing is not a value and shows "—" (never "0%" or "NaN").
 */
import type { ChangeKind, KpiUnit } from './types';

export const NONE = '—';
const MINUS = '−';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "< 1 min", "45 min", "2 h 10 min", "2 h", "3 d 4 h", "3 d". Rounded to the shown unit. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return NONE;
  const abs = Math.abs(ms);
  const sign = ms < 0 ? MINUS : '';
  if (abs < MINUTE) return `${sign}< 1 min`;
  const minutes = Math.round(abs / MINUTE);
  if (minutes < 60) return `${sign}${minutes} min`;
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return `${sign}${h} h${m ? ` ${m} min` : ''}`;
  }
  // Days and hours: round to the hour (a 3-day wait does not need minutes).
  const hours = Math.round(abs / HOUR);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return `${sign}${d} d${h ? ` ${h} h` : ''}`;
}

/** 62.4 → "62%". */
export function formatPercent(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NONE : `${Math.round(value)}%`;
}

/** Up to one decimal ("12.5", "3"). */
export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  return String(Math.round(value * 10) / 10);
}

/** "62% · 25% · 13%" = positive · neutral · negative. */
export function formatSentiment(shares: { positive: number; neutral: number; negative: number } | null): string {
  if (!shares) return NONE;
  return [shares.positive, shares.neutral, shares.negative].map((s) => `${Math.round(s)}%`).join(' · ');
}

export function formatValue(unit: KpiUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  switch (unit) {
    case 'count':
      return String(value);
    case 'percent':
      return formatPercent(value);
    case 'duration':
      return formatDuration(value);
    case 'score':
      return String(Math.round(value));
    default:
      return formatNumber(value);
  }
}

/** Relative change in %, null when there is no previous value to compare with (or it was 0). */
export function computeChange(kind: ChangeKind, value: number | null, previous: number | null): number | null {
  if (value === null || previous === null) return null;
  if (kind !== 'relative') return value - previous;
  if (previous === 0) return null; // "+∞%" says nothing; the tile shows both numbers instead
  return ((value - previous) / previous) * 100;
}

export function formatChange(kind: ChangeKind, unit: KpiUnit, change: number | null): string {
  if (change === null || !Number.isFinite(change)) return '';
  const sign = change > 0 ? '+' : change < 0 ? MINUS : '';
  const abs = Math.abs(change);
  if (kind === 'relative') return `${sign}${Math.round(abs)}%`;
  if (kind === 'points') return `${sign}${Math.round(abs)} pts`;
  if (unit === 'duration') return `${sign}${formatDuration(abs)}`;
  return `${sign}${formatNumber(abs)}`;
}
