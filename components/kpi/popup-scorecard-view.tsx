import type { ReactNode } from 'react';
import type { ScorecardView } from '@/lib/db/popup-snapshot';
import type { PeriodDays } from '@/lib/kpi';
import { ScanNowButton } from '../cases/scan-now-button';
import { Button } from '../ui/button';
import { ChannelFilter } from './channel-filter';
import { KpiGrid } from './kpi-grid';
import { PeriodSwitch } from './period-switch';
import { scorecardStrings as s } from './strings';

export interface PopupScorecardViewProps {
  period: PeriodDays;
  data: Pick<ScorecardView, 'report' | 'series'> | undefined;
  ready: boolean;
  /** Banners above the controls (live only). */
  top?: ReactNode;
  /** The load error, below the controls (live only). */
  notice?: ReactNode;
  /** Open cases and repeat problems, below the tiles (live only). */
  bottom?: ReactNode;
  onScanNow?: () => Promise<number>;
  onOpenDashboard?: () => void;
}

/**
 * The popup's markup, from numbers alone: the live popup (popup-scorecard.tsx)
 * fills the slots with its live parts, and the background renders it without
 * them to keep the next popup's first paint current after new data
 * (lib/background/popup-snapshot-refresh.ts). One component, so the copy the
 * background makes is the markup the popup shows.
 */
export function PopupScorecardView({ period, data, ready, top, notice, bottom, onScanNow, onOpenDashboard }: PopupScorecardViewProps) {
  return (
    <>
      <header className="es-popup__header">
        <h1>{s.title}</h1>
        <p className="es-hint">{s.subtitle(period)}</p>
      </header>
      {top}
      <div className="es-controls">
        <PeriodSwitch />
        <ChannelFilter />
      </div>
      {notice}
      {/* The period of the numbers shown, which lags the switch for a moment while new ones load. */}
      <KpiGrid report={data?.report} series={data?.series} period={data?.report.periodDays ?? period} busy={!ready} />
      {bottom}
      <footer className="es-popup__footer">
        <ScanNowButton {...(onScanNow && { onScan: onScanNow })} />
        <Button tone="primary" onClick={onOpenDashboard}>
          {s.openDashboard}
        </Button>
      </footer>
    </>
  );
}
