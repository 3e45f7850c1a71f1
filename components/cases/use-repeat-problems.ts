import { useLiveQuery } from 'dexie-react-hooks';
import type { Topic } from '@/lib/cases/topics';
import { loadRepeatProblems } from '@/lib/db/repeat-problems-repo';
import type { EarshotDb } from '@/lib/db/schema';
import type { PeriodDays, Scope } from '@/lib/kpi';

/**
 * Repeat problems for a period and channel, following the database (a new
 * issue seen in another tab moves the counts). `periodEnd` is the end of the
 * KPI period shown (its last local day), so the counts cover the same days
 * as the tiles; without it, the last N×24 h up to now.
 */
export function useRepeatProblems(db: EarshotDb, periodDays: PeriodDays, channel: Scope, periodEnd?: Date): Topic[] | undefined {
  const endMs = periodEnd?.getTime();
  return useLiveQuery(
    () => loadRepeatProblems(db, { periodDays, channel, end: new Date(endMs ?? Date.now()) }),
    [db, periodDays, channel, endMs],
  );
}
