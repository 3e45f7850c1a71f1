import { useRef, type ReactNode } from 'react';
import type { PopupSnapshot } from '@/lib/db/popup-snapshot';
import type { EarshotDb } from '@/lib/db/schema';
import { RepeatProblems } from '../cases/repeat-problems';
import { SpikeBanner } from '../cases/spike-banner';
import { Notice } from '../ui/notice';
import { OMIT_ATTRIBUTE } from './dom-snapshot';
import { OpenCases } from './open-cases';
import { PopupScorecardView } from './popup-scorecard-view';
import { useScorecardStore } from './scorecard-store';
import { SiteHealthLines } from './site-health-lines';
import { scorecardStrings as s } from './strings';
import { useShownScorecard, useSnapshotWriter } from './use-popup-snapshot';
import { useSettingsVersion } from './use-settings-version';
import { useScorecard } from './use-scorecard';
import { useSiteHealthLines } from './use-site-health';
import './popup.css';

export interface PopupScorecardProps {
  db: EarshotDb;
  /** The loader the benchmark asks for (?loader=naive); null = the normal one. */
  loader?: string | null;
  /** The cached scorecard the page painted first (entrypoints/popup/boot.ts), shown until the live one arrives. */
  snapshot?: PopupSnapshot | null;
  /** The popup build the live scorecard is cached under for the next open; none = no caching. */
  build?: string;
  /** Opens options.html#dashboard (the entrypoint owns the browser API). */
  onOpenDashboard: () => void;
  /** "Scan now": opens the brand's search on the three sites; default lib/scan/open-search-tabs. */
  onScanNow?: () => Promise<number>;
}

/**
 * The popup (product.md §5, §8): a spike alert and site-health warnings
 * first, then period and channel, the tiles, the open cases, the top repeat
 * problems, and the ways out ("Scan now", the dashboard). Opens on
 * all channels over the last 7 days. `data-ready` tells the benchmark (and
 * e2e checks) that the tiles show numbers for the current selection; the
 * copy of it painted before React (entrypoints/popup/boot.ts) has it too, and
 * is `inert` until React takes over.
 */
export function PopupScorecard({ db, loader = null, snapshot = null, build, onOpenDashboard, onScanNow }: PopupScorecardProps) {
  const period = useScorecardStore((state) => state.period);
  const channel = useScorecardStore((state) => state.channel);
  const settingsVersion = useSettingsVersion();
  const live = useScorecard(db, period, channel, { mode: loader, settingsVersion });
  const { data, now, ready } = useShownScorecard(live, snapshot, period, channel);
  const health = useSiteHealthLines();
  const main = useRef<HTMLElement>(null);
  useSnapshotWriter(db, build, main, live, snapshot);

  return (
    <main ref={main} className="es-popup" data-ready={ready ? 'true' : undefined}>
      <PopupScorecardView
        period={period}
        data={data}
        ready={ready}
        top={
          <LiveOnly>
            <SpikeBanner />
            <SiteHealthLines lines={health} />
          </LiveOnly>
        }
        notice={
          live.error ? (
            <LiveOnly>
              <Notice tone="error">{s.loadFailed(live.error)}</Notice>
            </LiveOnly>
          ) : null
        }
        bottom={
          <LiveOnly>
            <OpenCases cases={data?.openCases} now={now} />
            {/* Compact: the top 3 of the period shown; the dashboard lists them all. h2 like the other sections (tiles are h3). */}
            <RepeatProblems db={db} periodDays={data?.report.periodDays ?? period} periodEnd={data?.report.current.end} channel={channel} limit={3} headingLevel={2} compact />
          </LiveOnly>
        }
        {...(onScanNow && { onScanNow })}
        onOpenDashboard={onOpenDashboard}
      />
    </main>
  );
}

/**
 * What the cached first paint leaves out: banners and repeat problems are not
 * covered by its checks, and case ages move with the clock. A box without a
 * box (display: contents), so the layout is the same with or without it.
 */
function LiveOnly({ children }: { children: ReactNode }) {
  return (
    <div className="es-live-only" {...{ [OMIT_ATTRIBUTE]: '' }}>
      {children}
    </div>
  );
}
