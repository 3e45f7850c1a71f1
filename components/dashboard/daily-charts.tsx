import { useId } from 'react';
import type { KpiId, SeriesPoint } from '@/lib/kpi';
import { formatInUnit } from '../kpi/tile-text';
import { dashboardStrings as s } from '../kpi/strings';
import { DailyChart, type DailyChartProps } from './daily-chart';

type Series = Partial<Record<KpiId, readonly SeriesPoint[]>>;

const count = (v: number) => formatInUnit('count', v);
const percent = (v: number) => formatInUnit('percent', v);
const points = (v: number) => formatInUnit('sentiment', v);

/** Which charts, from which series, drawn how (product.md §5: "the dashboard shows the same with charts"). */
function chartsFor(series: Series): (DailyChartProps & { key: string })[] {
  const one = (id: KpiId, name: string) => [{ name, points: series[id] ?? [] }];
  return [
    { key: 'mentions', title: s.charts.mentions, type: 'bar', series: one('mentions', s.charts.mentions), format: count },
    { key: 'needing', title: s.charts.needingResponse, type: 'bar', series: one('needingResponse', s.charts.needingResponse), format: count },
    {
      key: 'rate',
      title: s.charts.responseRate,
      type: 'line',
      series: one('responseRate', s.charts.responseRate),
      format: percent,
      domain: { min: 0, max: 100 },
    },
    {
      key: 'sentiment',
      title: s.charts.sentiment,
      type: 'line',
      series: one('sentiment', s.charts.sentiment),
      format: points,
      domain: { min: -100, max: 100 },
    },
    {
      key: 'issues',
      title: s.charts.issues,
      type: 'bar',
      series: [
        { name: s.series.issuesOpened, points: series.issuesOpened ?? [] },
        { name: s.series.issuesResolved, points: series.issuesResolved ?? [] },
      ],
      format: count,
    },
    { key: 'own', title: s.charts.ownPosts, type: 'bar', series: one('ownPosts', s.charts.ownPosts), format: count },
  ];
}

/** The dashboard's daily charts, in a responsive grid. */
export function DailyCharts({ series }: { series: Series | undefined }) {
  const titleId = useId();
  return (
    <section className="es-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{s.chartsTitle}</h2>
      <div className="es-charts">
        {chartsFor(series ?? {}).map(({ key, ...chart }) => (
          <DailyChart key={key} {...chart} />
        ))}
      </div>
    </section>
  );
}
