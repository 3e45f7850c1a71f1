import Dexie, { type ObservabilitySet } from 'dexie';
import { POPUP_SNAPSHOT_KEY, versionOf, type PopupSnapshot, type ScorecardView } from '../db/popup-snapshot';
import { writePopupSnapshot } from '../db/popup-snapshot-repo';
import type { EarshotDb } from '../db/schema';
import { loadScorecardWithBasis } from '../db/scorecard-repo';
import { DB_NAME, SCORECARD_VERSION_KEY } from '../db/snapshot-keys';
import type { PeriodDays } from '../kpi/types';
import { BUILD_ID } from '../model/build-id';

/**
 * Keeps the popup's cached first paint (lib/db/popup-snapshot.ts) current
 * after new data. The popup paints its cached scorecard before React loads
 * only while the data version it was made at is still the current one; the
 * first popup after browsing (a new mention recorded a moment ago) used to
 * miss and wait ~150 ms for the loader. So once writes go quiet, the
 * background computes the opening view with the same loader and stores it
 * with the markup the popup would paint for it (`render`:
 * components/kpi/render-popup-copy.tsx, the popup's own components).
 *
 * Only once a popup has stored a copy (the user opens it), tagged, like the
 * popup's own, with this build (lib/model/build-id.ts). Best effort:
 * anything that fails leaves the old copy, which the popup then rejects as
 * stale and loads as it always did.
 */

/** The opening view (components/kpi/initial-view.ts, kept free of React here). */
const OPENING_PERIOD: PeriodDays = 7;
/** After the last write: a scroll records mentions in bursts, one refresh per burst. */
export const QUIET_MS = 300;
/** …but during a long burst at most this long after its first write. */
export const MAX_WAIT_MS = 2_000;

export type RefreshOutcome = 'stored' | 'current' | 'no-popup-yet' | 'changed-meanwhile' | 'not-cacheable';

/** One refresh: the opening view at the current data version, stored with its markup, unless the stored copy is current. */
export async function refreshPopupSnapshot(
  db: EarshotDb,
  render: (data: ScorecardView, period: PeriodDays) => unknown,
  build: string = BUILD_ID,
  now = new Date(),
): Promise<RefreshOutcome> {
  const [snapshotRow, versionRow] = await db.meta.bulkGet([POPUP_SNAPSHOT_KEY, SCORECARD_VERSION_KEY]);
  const stored = snapshotRow?.value as PopupSnapshot | undefined;
  // Until the user has opened the popup once there is nothing to keep current (and no work to do).
  if (!stored) return 'no-popup-yet';
  const version = versionOf(versionRow);
  if (stored.build === build && stored.basis?.version === version && now.getTime() < stored.basis.validUntil) return 'current';
  const { data, basis } = await loadScorecardWithBasis(db, { periodDays: OPENING_PERIOD, site: 'all', now }, null);
  if (!basis || basis.settings === null) return 'not-cacheable';
  const view: ScorecardView = { report: data.report, series: data.series, openCases: data.openCases };
  const written = await writePopupSnapshot(db, build, basis, view, render(view, OPENING_PERIOD));
  return written ? 'stored' : 'changed-meanwhile';
}

export interface RefreshScheduler {
  /** Something in the database changed: refresh once writes go quiet. */
  poke(): void;
  /** The refresh running or due now, if any (tests). */
  settled(): Promise<void>;
  stop(): void;
}

/** Debounces pokes (QUIET_MS, at most MAX_WAIT_MS after the first) into one run of `refresh` at a time. */
export function createRefreshScheduler(refresh: () => Promise<unknown>, clock: () => number = Date.now): RefreshScheduler {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPokeAt: number | null = null;
  let running: Promise<void> | null = null;
  let pokedWhileRunning = false;
  let stopped = false;

  const run = (): void => {
    timer = null;
    firstPokeAt = null;
    if (running) {
      pokedWhileRunning = true;
      return;
    }
    running = refresh()
      .then(() => undefined, () => undefined) // best effort: the popup falls back to its loader
      .finally(() => {
        running = null;
        if (pokedWhileRunning && !stopped) {
          pokedWhileRunning = false;
          poke();
        }
      });
  };

  const poke = (): void => {
    if (stopped) return;
    const now = clock();
    firstPokeAt ??= now;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(QUIET_MS, firstPokeAt + MAX_WAIT_MS - now)));
  };

  return {
    poke,
    settled: async () => {
      while (running) await running;
    },
    stop: () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}

/** Starts refreshing after every committed change to Earshot's database (Dexie's storagemutated, this context and others). */
export function startPopupSnapshotRefresh(db: EarshotDb, render: (data: ScorecardView, period: PeriodDays) => unknown): RefreshScheduler {
  const scheduler = createRefreshScheduler(() => refreshPopupSnapshot(db, render));
  // Only writes of what the numbers come from: the meta store changes with them (the data version),
  // and by itself when a popup or this refresh stores a copy, which must not start another round.
  const data = new RegExp(`^idb://${DB_NAME}/(posts|events|cases)/`);
  const onChange = (parts: ObservabilitySet): void => {
    if (Object.keys(parts).some((part) => data.test(part))) scheduler.poke();
  };
  Dexie.on('storagemutated', onChange);
  const stop = scheduler.stop;
  return { ...scheduler, stop: () => (Dexie.on.storagemutated.unsubscribe(onChange), stop()) };
}
