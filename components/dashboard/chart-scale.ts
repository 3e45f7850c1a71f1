/**
 * Geometry and words for the dashboard's daily charts: pure functions, so
 * the chart components only draw. One coordinate system for every chart
 * (a 600×200 viewBox scaled to the container) keeps the SVG simple.
 */
import type { SeriesPoint } from '@/lib/kpi';

// Close to the rendered size (about 450 px wide), so 12-unit text stays legible.
export const VIEW = { width: 460, height: 180, left: 64, right: 8, top: 10, bottom: 24 } as const;
export const PLOT = { width: VIEW.width - VIEW.left - VIEW.right, height: VIEW.height - VIEW.top - VIEW.bottom } as const;

/** The smallest 1/2/5 × 10ⁿ at or above `v` (axis tops read as round numbers). */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export interface Domain {
  min: number;
  max: number;
}

/** Counts start at 0; a fixed domain (0–100 %, −100–100 pts) wins when given. */
export function domainOf(series: readonly (readonly SeriesPoint[])[], fixed?: Domain): Domain {
  if (fixed) return fixed;
  const values = series.flat().flatMap((p) => (p.value === null ? [] : [p.value]));
  return { min: 0, max: niceCeil(Math.max(0, ...values)) };
}

export const yOf = (v: number, d: Domain): number => VIEW.top + PLOT.height - ((v - d.min) / (d.max - d.min)) * PLOT.height;

/** Left edge of day i's slot; each day owns PLOT.width / days. */
export const slotX = (i: number, days: number): number => VIEW.left + (i * PLOT.width) / days;
export const slotWidth = (days: number): number => PLOT.width / days;

/** Three ticks: bottom, middle, top; counts skip a middle that is not a whole number (no "0.5 posts"). */
export function ticksOf(d: Domain, integer = false): number[] {
  const mid = (d.min + d.max) / 2;
  return integer && !Number.isInteger(mid) ? [d.min, d.max] : [d.min, mid, d.max];
}

/** Indexes of the days that get an x-axis label: first, middle, last (no overlap even at 90 days). */
export function labelledDays(days: number): number[] {
  if (days <= 1) return [0];
  return [...new Set([0, Math.floor((days - 1) / 2), days - 1])];
}

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** 'YYYY-MM-DD' → "Jun 9" (the day key is already local: format it as a calendar date, in UTC). */
export function formatDay(day: string): string {
  const t = Date.parse(`${day}T12:00:00Z`);
  return Number.isNaN(t) ? day : dayFormat.format(t);
}

export interface SeriesStats {
  total: number;
  first: number | null;
  last: number | null;
  high: { value: number; day: string } | null;
  low: number | null;
}

export function statsOf(points: readonly SeriesPoint[]): SeriesStats {
  let total = 0;
  let high: SeriesStats['high'] = null;
  let low: number | null = null;
  const known = points.filter((p): p is { day: string; value: number } => p.value !== null);
  for (const p of known) {
    total += p.value;
    if (!high || p.value > high.value) high = { value: p.value, day: p.day };
    if (low === null || p.value < low) low = p.value;
  }
  return { total, first: known[0]?.value ?? null, last: known[known.length - 1]?.value ?? null, high, low };
}
