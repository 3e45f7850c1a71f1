import type { ScorecardBasis } from '@/lib/db/popup-snapshot';
import type { EarshotDb } from '@/lib/db/schema';
import { loadScorecardWithBasis, type ScorecardData } from '@/lib/db/scorecard-repo';
import type { PeriodDays, Scope } from '@/lib/kpi';

export interface LoadedScorecard {
  now: Date;
  data: ScorecardData;
  basis: ScorecardBasis | null;
}

let pending: { key: string; result: Promise<LoadedScorecard> } | null = null;
/** Set by the first take: a prefetch that comes later than the page's first load is of no use. */
let closed = false;

/** The key useScorecard gives the same load (its first run: settings version 0). */
export const prefetchKey = (period: PeriodDays, channel: Scope, mode: string | null): string => `${period}|${channel}|${mode ?? ''}|0|true`;

/**
 * Starts the popup's first scorecard load before React renders
 * (entrypoints/popup/live-start.ts), so the loader's reads overlap React's
 * loading and first render instead of waiting for them. useScorecard takes
 * the result over on its first run, and only if it was made at the data
 * version it then tracks and is still within its validity.
 */
export function prefetchScorecard(db: EarshotDb, period: PeriodDays, channel: Scope, mode: string | null): void {
  if (closed) return;
  const now = new Date();
  const result = loadScorecardWithBasis(db, { periodDays: period, site: channel, now }, mode).then((loaded) => ({ now, ...loaded }));
  result.catch(() => {}); // an error is the hook's to report, when it loads again
  pending = { key: prefetchKey(period, channel, mode), result };
}

/** The prefetched load for `key` (null if none, or for another view); the first call of the page ends prefetching. */
export function takePrefetched(key: string): Promise<LoadedScorecard> | null {
  const taken = pending?.key === key ? pending.result : null;
  pending = null;
  closed = true;
  return taken;
}

/** Back to a fresh page (tests; a page is a fresh module anyway). */
export function resetPrefetch(): void {
  pending = null;
  closed = false;
}
