import { useLiveQuery } from 'dexie-react-hooks';
import type { EarshotDb } from '@/lib/db/schema';
import { loadScorecardFor, type ScorecardData } from '@/lib/db/scorecard-repo';
import type { PeriodDays, Scope } from '@/lib/kpi';

export interface ScorecardResult {
  /** The numbers for the current selection, or the previous selection's while the new ones load. */
  data: ScorecardData | undefined;
  /** When `data` was computed (case ages are measured from it). */
  now: Date | undefined;
  /** True once `data` belongs to the current period and channel. */
  ready: boolean;
  error: string | undefined;
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
  error?: string;
}

/**
 * The scorecard for one period and channel, following the database
 * (useLiveQuery re-runs the loader whenever a table it read changes). The
 * clock is read inside the query, not in render, so each run is "the last N
 * days from now". Results carry the selection they were made for, because
 * useLiveQuery keeps returning the old result while new deps load.
 */
export function useScorecard(db: EarshotDb, period: PeriodDays, channel: Scope, options: ScorecardOptions = {}): ScorecardResult {
  const { mode = null, settingsVersion = 0, enabled = true } = options;
  const key = `${period}|${channel}|${mode ?? ''}|${settingsVersion}|${enabled}`;
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    const now = new Date();
    if (!enabled) return { key, now };
    try {
      return { key, now, data: await loadScorecardFor(db, { periodDays: period, site: channel, now }, mode) };
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
  };
}
