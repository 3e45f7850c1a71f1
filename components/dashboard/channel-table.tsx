import { useId } from 'react';
import type { KpiReport, PeriodDays } from '@/lib/kpi';
import { KPI_IDS, KPI_LABELS, NONE } from '@/lib/kpi';
import { SITES, type Site } from '@/lib/model/types';
import { channelName, dashboardStrings as s, scorecardStrings } from '../kpi/strings';

export interface ChannelTableProps {
  byChannel: Partial<Record<Site | 'all', KpiReport>> | undefined;
  /** The overall report, for the "All" column when byChannel does not carry one. */
  overall: KpiReport | undefined;
  period: PeriodDays;
}

const COLUMNS = [...SITES, 'all'] as const;

/**
 * Each KPI per channel, side by side (product.md §5 "per channel and
 * overall"): rows are KPIs, columns X / LinkedIn / Facebook / All. A real
 * <table> with row and column headers, so a screen reader says "Mentions,
 * LinkedIn, 4" for each cell.
 */
export function ChannelTable({ byChannel, overall, period }: ChannelTableProps) {
  const titleId = useId();
  const report = (col: (typeof COLUMNS)[number]) => byChannel?.[col] ?? (col === 'all' ? overall : undefined);
  return (
    <section className="es-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{s.tableTitle}</h2>
      <div className="es-table-wrap">
        <table className="es-table">
          <caption className="es-visually-hidden">{s.tableCaption(period)}</caption>
          <thead>
            <tr>
              <th scope="col">{s.kpiColumn}</th>
              {COLUMNS.map((col) => (
                <th key={col} scope="col">
                  {channelName(col)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {KPI_IDS.map((id) => (
              <tr key={id}>
                <th scope="row">{KPI_LABELS[id]}</th>
                {COLUMNS.map((col) => {
                  const r = report(col);
                  // "…" while loading; "—" when a report exists but the KPI has nothing to measure.
                  return <td key={col}>{r ? (r.byId[id]?.display ?? NONE) : scorecardStrings.loading}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
