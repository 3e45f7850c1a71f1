import type { KpiId, KpiReport, PeriodDays, SeriesPoint } from '@/lib/kpi';
import { KPI_IDS } from '@/lib/kpi';
import { KpiTile } from './kpi-tile';
import { scorecardStrings as s } from './strings';
import './kpi.css';

export interface KpiGridProps {
  /** Undefined while loading: every tile shows "…" in its final place (no layout jump). */
  report: KpiReport | undefined;
  series?: Partial<Record<KpiId, readonly SeriesPoint[]>>;
  period: PeriodDays;
  /** True while newer numbers are on their way (the old ones stay readable meanwhile). */
  busy?: boolean;
}

/** The tiles, one per KPI in the report's order (product.md §8 order). Shared by popup and dashboard. */
export function KpiGrid({ report, series, period, busy }: KpiGridProps) {
  const ids: readonly KpiId[] = report ? report.kpis.map((k) => k.id) : KPI_IDS;
  return (
    <ul className="es-tiles" aria-label={s.tilesLabel} aria-busy={busy || !report ? true : undefined}>
      {ids.map((id) => (
        <KpiTile key={id} id={id} kpi={report?.byId[id]} report={report} period={period} series={series?.[id]} />
      ))}
    </ul>
  );
}
