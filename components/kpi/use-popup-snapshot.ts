import { useEffect, useState, type RefObject } from 'react';
import type { PopupSnapshot, ScorecardBasis, ScorecardView } from '@/lib/db/popup-snapshot';
import { writePopupSnapshot } from '@/lib/db/popup-snapshot-repo';
import type { EarshotDb } from '@/lib/db/schema';
import type { PeriodDays, Scope } from '@/lib/kpi';
import { captureDom } from './dom-snapshot';
import { INITIAL_SCORECARD } from './initial-view';
import type { ScorecardResult } from './use-scorecard';

export interface ShownScorecard {
  data: ScorecardView | undefined;
  now: Date | undefined;
  ready: boolean;
}

const isOpeningView = (period: PeriodDays, channel: Scope) => period === INITIAL_SCORECARD.period && channel === INITIAL_SCORECARD.channel;

/**
 * What the popup shows: the live numbers once there are any; before that the
 * snapshot the page painted first (boot.ts checked it is current, so it
 * counts as ready for the view it was made for).
 */
export function useShownScorecard(live: ScorecardResult, snapshot: PopupSnapshot | null, period: PeriodDays, channel: Scope): ShownScorecard {
  const [openedAt] = useState(() => new Date()); // case ages of the snapshot's open cases count from here
  if (live.data || !snapshot) return { data: live.data, now: live.now, ready: live.ready };
  return { data: snapshot.data, now: openedAt, ready: isOpeningView(period, channel) && !live.error };
}

/**
 * Stores the live numbers of the opening view, with the markup `main`
 * painted for them, as the next popup's first paint, unless the snapshot
 * shown already holds exactly them. Parts marked data-snapshot-omit stay out.
 */
export function useSnapshotWriter(
  db: EarshotDb,
  build: string | undefined,
  main: RefObject<HTMLElement | null>,
  live: ScorecardResult,
  snapshot: PopupSnapshot | null,
): void {
  const { basis, data, ready } = live;
  useEffect(() => {
    if (!build || !ready || !basis || !data || !main.current || !isOpeningView(basis.periodDays, basis.site)) return;
    if (snapshot && sameNumbers(snapshot.basis, basis)) return;
    const view = captureDom(main.current);
    const { report, series, openCases } = data;
    // Best effort: a failed write only means the next popup loads the way it did before the cache.
    writePopupSnapshot(db, build, basis, { report, series, openCases }, view)
      .then((stored) => stored && performance.mark?.('earshot:snapshot-stored')) // the benchmark waits for it
      .catch(() => {});
  }, [db, build, main, basis, data, ready, snapshot]);
}

/** Same inputs and the same validity: nothing new to store. */
function sameNumbers(a: ScorecardBasis, b: ScorecardBasis): boolean {
  return a.version === b.version && a.settings === b.settings && a.timeZone === b.timeZone && a.validUntil === b.validUntil;
}
