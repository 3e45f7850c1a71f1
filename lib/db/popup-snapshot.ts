/**
 * The popup's cached scorecard (issue #5: first meaningful paint ≤ 100 ms at
 * 100,000 mentions). After each live computation of the view the popup opens
 * on (7 days, all channels) the popup stores what it showed, tagged with what
 * the numbers were computed from (ScorecardBasis). The next popup paints it at
 * once, before React or Dexie have loaded, but only when it is provably what
 * the loader would compute now:
 * - the data version is the same (lib/db/scorecard-version.ts: every write
 *   that could change a number writes a new one, in its own transaction);
 * - the goals and SLA settings are the same (their fingerprint);
 * - the time zone, the view and the popup's build are the same;
 * - the clock is before validUntil (the next local midnight, the next SLA
 *   breach, the next reply dated in the future: lib/kpi/valid-until.ts).
 * Anything else is a miss: the popup loads as before. The live loader runs
 * anyway and replaces what was painted.
 *
 * Read here with plain IndexedDB (no Dexie: 100 kB the first paint must not
 * wait for); written by popup-snapshot-repo.ts once the live numbers are on screen.
 */
import type { PeriodDays, Scope } from '../kpi/types';
import type { ScorecardData } from './scorecard-repo';
import { DB_NAME, POPUP_SNAPSHOT_KEY, SCORECARD_VERSION_KEY } from './snapshot-keys';

export { POPUP_SNAPSHOT_KEY };
/** Bump when the stored shape changes: older snapshots are then misses (new markup comes with a new build, a miss by itself). */
export const POPUP_SNAPSHOT_FORMAT = 1;

/** What a scorecard was computed from: equal bases, equal numbers. */
export interface ScorecardBasis {
  periodDays: PeriodDays;
  site: Scope;
  /** The data version read with the data (meta SCORECARD_VERSION_KEY); undefined while none was ever written. */
  version: string | undefined;
  /** settingsFingerprint of the goals and SLAs used; null when the caller passed its own (not cacheable). */
  settings: string | null;
  timeZone: string;
  /** The loader's clock (ms). */
  computedAt: number;
  /** The numbers hold until this instant (ms), if the basis is otherwise unchanged. */
  validUntil: number;
}

/** The part of the scorecard the popup shows. */
export type ScorecardView = Pick<ScorecardData, 'report' | 'series' | 'openCases'>;

export interface PopupSnapshot {
  format: typeof POPUP_SNAPSHOT_FORMAT;
  /** The popup build that painted `view` (its markup and styles): another build is a miss. */
  build: string;
  basis: ScorecardBasis & { version: string; settings: string };
  /** Dates included: IndexedDB stores structured clones. */
  data: ScorecardView;
  /** The painted tiles, for the paint before React (components/kpi/dom-snapshot.ts validates it). */
  view: unknown;
}

/** What the popup sees now, to compare a snapshot's basis with. */
export interface CurrentBasis {
  build: string;
  periodDays: PeriodDays;
  site: Scope;
  version: string | undefined;
  settings: string;
  timeZone: string;
  now: number;
}

/** Whether `snapshot` shows exactly what the loader would compute for `current`. */
export function isSnapshotCurrent(snapshot: PopupSnapshot | undefined, current: CurrentBasis): snapshot is PopupSnapshot {
  if (!snapshot || snapshot.format !== POPUP_SNAPSHOT_FORMAT || snapshot.build !== current.build || !snapshot.basis) return false;
  const b = snapshot.basis;
  return (
    typeof b.version === 'string' &&
    b.version === current.version &&
    b.settings === current.settings &&
    b.timeZone === current.timeZone &&
    b.periodDays === current.periodDays &&
    b.site === current.site &&
    current.now >= b.computedAt && // a clock set back: no longer provably the same periods
    current.now < b.validUntil
  );
}

/** The stored snapshot and the data version now, in one read-only transaction; null when there is no database yet. */
export function readPopupSnapshot(name: string = DB_NAME): Promise<{ snapshot: PopupSnapshot | undefined; version: string | undefined } | null> {
  return new Promise((settle) => {
    // An open queued behind another tab's upgrade waits with no error (tests/e2e/storage-fault.e2e.ts):
    // give up the cached paint then, so React (and its storage-fault banner) still mounts.
    let done = false;
    const resolve = (value: Awaited<ReturnType<typeof readPopupSnapshot>>): void => {
      if (!done) settle(value);
      done = true;
    };
    const giveUp = setTimeout(() => resolve(null), 1000);
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name); // no version: whatever Dexie created
    } catch {
      resolve(null);
      return;
    }
    // No database yet: do not create one (Dexie creates it with its schema); the abort fails the open.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      clearTimeout(giveUp);
      const db = request.result;
      if (done) return db.close(); // opened after giving up: React paints instead
      try {
        const meta = db.transaction('meta', 'readonly').objectStore('meta');
        const version = meta.get(SCORECARD_VERSION_KEY);
        const snapshot = meta.get(POPUP_SNAPSHOT_KEY);
        snapshot.onsuccess = () =>
          resolve({
            snapshot: (snapshot.result as { value?: PopupSnapshot } | undefined)?.value,
            version: versionOf(version.result),
          });
        snapshot.onerror = () => resolve(null);
      } catch {
        resolve(null); // no meta store: not Earshot's database as we know it
      } finally {
        db.close(); // closes once the transaction is done
      }
    };
  });
}

/** A meta row's string value (the data version), else undefined. */
export const versionOf = (row: unknown): string | undefined => {
  const value = (row as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' && value ? value : undefined;
};
