import { useLiveQuery } from 'dexie-react-hooks';
import { outsideLiveQuery } from '@/lib/db/outside-live-query';
import { versionOf, type ScorecardBasis } from '@/lib/db/popup-snapshot';
import type { EarshotDb } from '@/lib/db/schema';
import { loadScorecardWithBasis, type ScorecardData } from '@/lib/db/scorecard-repo';
import { SCORECARD_VERSION_KEY } from '@/lib/db/snapshot-keys';
import type { PeriodDays, Scope } from '@/lib/kpi';
import { takePrefetched } from './scorecard-prefetch';

export interface ScorecardResult {
  /** The numbers for the current selection, or the previous selection's while the new ones load. */
  data: ScorecardData | undefined;
  /** When `data` was computed (case ages are measured from it). */
  now: Date | undefined;
  /** True once `data` belongs to the current period and channel. */
  ready: boolean;
  error: string | undefined;
  /** What `data` was computed from (the real loader only): the popup caches its numbers with it. */
  basis: ScorecardBasis | null | undefined;
}

export interface ScorecardOptions {
  /** The loader the benchmark asks for (?loader=naive); null = the real one. */
  mode?: string | null;
  /** From useSettingsVersion: re-runs the query when goals or SLAs change (not Dexie, so not tracked). */
  settingsVersion?: number;
  /** false = load nothing (a second, conditional scorecard without breaking the rules of hooks). */
  enabled?: boolean;
}

interface Loaded {
  key: string;
  now: Date;
  data?: ScorecardData;
  basis?: ScorecardBasis | null;
  error?: string;
}

/**
 * The scorecard for one period and channel, following the database. The
 * query tracks one row only, the scorecard's data version (every write that
 * could change a number writes a new one: lib/db/scorecard-version.ts), and
 * runs the loader outside the live query: Dexie's tracking of each of the few
 * hundred rows the loader reads was about half its time (7 days at 100,000
 * mentions: 94 ms tracked, ~50 ms not; bench/popup-bench.ts). The clock is
 * read inside the query, not in render, so each run is "the last N days from
 * now". Results carry the selection they were made for, because
 * useLiveQuery keeps returning the old result while new deps load.
 */
export function useScorecard(db: EarshotDb, period: PeriodDays, channel: Scope, options: ScorecardOptions = {}): ScorecardResult {
  const { mode = null, settingsVersion = 0, enabled = true } = options;
  const key = `${period}|${channel}|${mode ?? ''}|${settingsVersion}|${enabled}`;
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    const now = new Date();
    if (!enabled) return { key, now };
    try {
      // The one tracked read: the query re-runs when the version moves.
      const version = versionOf(await db.meta.get(SCORECARD_VERSION_KEY));
      // A load started before React rendered (scorecard-prefetch.ts) counts if it read this very version.
      const prefetched = await Promise.resolve(takePrefetched(key)?.catch(() => null) ?? null);
      if (prefetched?.basis && prefetched.basis.version === version && Date.now() < prefetched.basis.validUntil) return { key, ...prefetched };
      const { data, basis } = await outsideLiveQuery(() => loadScorecardWithBasis(db, { periodDays: period, site: channel, now }, mode));
      return { key, now, data, basis };
    } catch (error) {
      // Returned, not thrown: useLiveQuery would rethrow it in render and unmount the page.
      return { key, now, error: error instanceof Error ? error.message : String(error) };
    }
  }, [db, period, channel, mode, enabled, key]);
  const current = loaded?.key === key;
  return {
    data: loaded?.data,
    now: loaded?.now,
    ready: current && loaded?.data !== undefined,
    error: current ? loaded?.error : undefined,
    basis: current ? loaded?.basis : undefined,
  };
}
