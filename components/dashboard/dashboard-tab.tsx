import { useId, type ReactNode } from 'react';
import { useDb } from '../options/db-context';
import { ChannelFilter } from '../kpi/channel-filter';
import { KpiGrid } from '../kpi/kpi-grid';
import { PeriodSwitch } from '../kpi/period-switch';
import { useScorecardStore } from '../kpi/scorecard-store';
import { dashboardStrings as s, scorecardStrings } from '../kpi/strings';
import { useSettingsVersion } from '../kpi/use-settings-version';
import { useScorecard } from '../kpi/use-scorecard';
import { Notice } from '../ui/notice';
import { CasesSlot } from './cases-slot';
import { ChannelTable } from './channel-table';
import { DailyCharts } from './daily-charts';
import './dashboard.css';

export interface DashboardTabProps {
  /** The Cases area's content; defaults to CasesSlot (see there). */
  cases?: ReactNode;
}

/**
 * The options page's Dashboard (product.md §5): the popup's tiles for the
 * chosen period and channel, daily charts, every KPI per channel, and the
 * Cases area. Same store and loader as the popup, so the numbers agree.
 */
export function DashboardTab({ cases }: DashboardTabProps) {
  const db = useDb();
  const period = useScorecardStore((state) => state.period);
  const channel = useScorecardStore((state) => state.channel);
  const settingsVersion = useSettingsVersion();
  const { data, ready, error } = useScorecard(db, period, channel, { settingsVersion });
  // byChannel holds X, LinkedIn and Facebook; the table's "All" column needs the overall report
  // too, loaded separately only when the tiles show one channel.
  const overall = useScorecard(db, period, 'all', { settingsVersion, enabled: channel !== 'all' });
  const titleId = useId();
  const kpisId = useId();
  const casesId = useId();
  const shownPeriod = data?.report.periodDays ?? period;

  return (
    <div className="es-dashboard" data-ready={ready ? 'true' : undefined}>
      <section className="es-card" aria-labelledby={titleId}>
        <h2 id={titleId}>{s.title}</h2>
        <p className="es-hint">{s.intro}</p>
        <div className="es-controls">
          <PeriodSwitch />
          <ChannelFilter />
        </div>
        {error ? <Notice tone="error">{scorecardStrings.loadFailed(error)}</Notice> : null}
      </section>
      <section aria-labelledby={kpisId} className="es-dashboard__kpis">
        <h2 id={kpisId} className="es-visually-hidden">
          {s.kpisTitle}
        </h2>
        <KpiGrid report={data?.report} series={data?.series} period={shownPeriod} busy={!ready} />
      </section>
      <DailyCharts series={data?.series} />
      <ChannelTable byChannel={data?.byChannel} overall={data?.report.site === 'all' ? data.report : overall.data?.report} period={shownPeriod} />
      {/* The Cases area: another issue adds the case list, repeat problems and the brief here. */}
      <section className="es-card" aria-labelledby={casesId}>
        <h2 id={casesId}>{s.casesTitle}</h2>
        {cases ?? <CasesSlot report={data?.report} channel={channel} />}
      </section>
    </div>
  );
}
