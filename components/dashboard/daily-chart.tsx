import { useId } from 'react';
import type { SeriesPoint } from '@/lib/kpi';
import { dashboardStrings as s } from '../kpi/strings';
import { domainOf, formatDay, labelledDays, PLOT, slotWidth, slotX, statsOf, ticksOf, VIEW, yOf, type Domain } from './chart-scale';

export interface ChartSeries {
  name: string;
  points: readonly SeriesPoint[];
}

export interface DailyChartProps {
  title: string;
  /** Bars for counts (grouped when several series), a line for rates and sentiment. */
  type: 'bar' | 'line';
  series: readonly ChartSeries[];
  /** How a value reads on the axis and in the summary ("62%", "+20 pts", "3"). */
  format: (value: number) => string;
  /** Fixed axis range (0–100 for a rate, −100–100 for net sentiment); counts scale to their maximum. */
  domain?: Domain;
}

/** The sentence a screen reader gets instead of the picture. */
function summarise({ title, type, series, format }: DailyChartProps): string {
  const days = series[0]?.points ?? [];
  const parts = series.map((one) => {
    const st = statsOf(one.points);
    if (!st.high || st.first === null || st.last === null || st.low === null) return s.noValues(one.name);
    return type === 'bar'
      ? s.seriesSummary(one.name, format(st.total), format(st.high.value), formatDay(st.high.day))
      : s.lineSummary(one.name, format(st.first), format(st.last), format(st.high.value), format(st.low));
  });
  return s.chartSummary(title, formatDay(days[0]?.day ?? ''), formatDay(days[days.length - 1]?.day ?? ''), parts.join('; '));
}

/**
 * A clean SVG chart of one value per day, with a y axis (three ticks) and
 * dated x axis. The picture is role="img" with a full summary as its name;
 * the visible title is the figure's caption. Days without a value are gaps.
 */
export function DailyChart(props: DailyChartProps) {
  const { title, type, series, format } = props;
  const captionId = useId();
  const days = series[0]?.points ?? [];
  if (days.length === 0) {
    return (
      <figure className="es-chart">
        <figcaption>{title}</figcaption>
        <p className="es-hint">{s.noSeries}</p>
      </figure>
    );
  }
  const domain = domainOf(series.map((one) => one.points), props.domain);
  const slot = slotWidth(days.length);
  const barWidth = (slot * 0.8) / series.length;
  const zeroY = yOf(Math.max(domain.min, Math.min(0, domain.max)), domain);

  return (
    <figure className="es-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <svg viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="img" aria-label={summarise(props)} focusable="false">
        {ticksOf(domain, type === 'bar').map((t) => (
          <g key={t} className="es-chart__tick">
            <line x1={VIEW.left} x2={VIEW.left + PLOT.width} y1={yOf(t, domain)} y2={yOf(t, domain)} />
            <text x={VIEW.left - 6} y={yOf(t, domain)} textAnchor="end" dominantBaseline="middle">
              {format(t)}
            </text>
          </g>
        ))}
        {labelledDays(days.length).map((i) => (
          <text key={i} className="es-chart__day" x={slotX(i, days.length) + slot / 2} y={VIEW.height - 6} textAnchor="middle">
            {formatDay(days[i]!.day)}
          </text>
        ))}
        {series.map((one, k) =>
          type === 'bar' ? (
            <g key={one.name} className={`es-chart__series es-chart__series--${k}`}>
              {one.points.map((p, i) =>
                p.value === null ? null : (
                  <rect
                    key={p.day}
                    x={slotX(i, days.length) + slot * 0.1 + k * barWidth}
                    width={Math.max(barWidth, 1)}
                    y={Math.min(yOf(p.value, domain), zeroY)}
                    height={Math.abs(zeroY - yOf(p.value, domain))}
                  />
                ),
              )}
            </g>
          ) : (
            <g key={one.name} className={`es-chart__series es-chart__series--${k}`}>
              <path d={linePath(one.points, domain)} fill="none" />
            </g>
          ),
        )}
      </svg>
      {series.length > 1 ? (
        <ul className="es-chart__legend" aria-hidden="true">
          {series.map((one, k) => (
            <li key={one.name} className={`es-chart__series--${k}`}>
              <span className="es-chart__swatch" /> {one.name}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}

/** An SVG path through the days' centres, lifted ("M") after each gap; a lone day gets a short tick. */
function linePath(points: readonly SeriesPoint[], domain: Domain): string {
  const slot = slotWidth(points.length);
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      pen = false;
      return;
    }
    const x = slotX(i, points.length) + slot / 2;
    const y = yOf(p.value, domain);
    const next = points[i + 1];
    const lone = !pen && (next === undefined || next.value === null);
    d += lone ? `M${x - 3},${y}h6` : `${pen ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    pen = !lone;
  });
  return d;
}
