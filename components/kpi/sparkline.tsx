import type { KpiUnit, SeriesPoint } from '@/lib/kpi';
import { scorecardStrings as s } from './strings';
import { formatInUnit } from './tile-text';

export interface SparklineProps {
  /** The KPI's name, for the spoken summary. */
  label: string;
  unit: KpiUnit;
  points: readonly SeriesPoint[] | undefined;
}

const W = 100;
const H = 24;

/** Trend from the first to the last half's average: steadier than first-vs-last on spiky days. */
function trendOf(values: number[]): keyof typeof s.trend {
  const half = Math.floor(values.length / 2);
  if (half === 0) return 'flat';
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const delta = avg(values.slice(-half)) - avg(values.slice(0, half));
  const scale = Math.max(...values.map(Math.abs), 1);
  return Math.abs(delta) < scale * 0.05 ? 'flat' : delta > 0 ? 'up' : 'down';
}

/**
 * A plain SVG sparkline, one point per day. Days without a value (a rate on
 * a day with nothing to measure) break the line instead of drawing a false 0.
 * Nothing at all when there is no series: a blank tile area says the truth.
 */
export function Sparkline({ label, unit, points }: SparklineProps) {
  const values = (points ?? []).map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (!points || points.length === 0 || values.length === 0) return null;
  const min = Math.min(...values, 0);
  const max = Math.max(...values, min + 1);
  const x = (i: number) => (points.length === 1 ? W / 2 : (i / (points.length - 1)) * W);
  const y = (v: number) => H - 1 - ((v - min) / (max - min)) * (H - 2);

  // Split into runs of consecutive days that have a value.
  const runs: string[] = [];
  let run: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) {
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(2)},${y(p.value).toFixed(2)}`);
  });
  if (run.length) runs.push(run.join(' '));

  const f = (v: number) => formatInUnit(unit, v);
  const summary = s.sparkline(
    label,
    points.length,
    f(values[0]!),
    f(values[values.length - 1]!),
    f(Math.min(...values)),
    f(Math.max(...values)),
    s.trend[trendOf(values)],
  );
  return (
    <svg className="es-sparkline" role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" focusable="false">
      {runs.map((r) =>
        r.includes(' ') ? (
          <polyline key={r} points={r} fill="none" vectorEffect="non-scaling-stroke" />
        ) : (
          // A lone day between gaps: a dot, or it would not show at all.
          <circle key={r} cx={r.split(',')[0]} cy={r.split(',')[1]} r={1.2} />
        ),
      )}
    </svg>
  );
}
