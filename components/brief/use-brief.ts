import { useLiveQuery } from 'dexie-react-hooks';
import { loadBrief } from '@/lib/brief/load-brief';
import type { Brief } from '@/lib/brief/build-brief';
import type { EarshotDb } from '@/lib/db/schema';
import type { PeriodDays } from '@/lib/kpi';

export interface BriefResult {
  brief: Brief | undefined;
  error: string | undefined;
  /** True once `brief` is for the period asked for (useLiveQuery keeps the old result while a new one loads). */
  ready: boolean;
}

/**
 * The brief for a period, following the database: a case resolved in
 * another tab while the brief is open changes it. The clock is read inside
 * the query, so each run is "the last N days from now".
 */
export function useBrief(db: EarshotDb, days: PeriodDays): BriefResult {
  const loaded = useLiveQuery(async () => {
    try {
      return { days, brief: await loadBrief(db, days, new Date()) };
    } catch (error) {
      // Returned, not thrown: useLiveQuery would rethrow it in render and unmount the page.
      return { days, error: error instanceof Error ? error.message : String(error) };
    }
  }, [db, days]);
  const current = loaded?.days === days;
  return { brief: loaded?.brief, error: current ? loaded?.error : undefined, ready: current && loaded?.brief !== undefined };
}
