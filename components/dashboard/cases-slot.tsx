import type { KpiReport, Scope } from '@/lib/kpi';
import { CaseList } from '../cases/case-list';
import { CasesToolbar } from '../cases/cases-toolbar';
import { RepeatProblems } from '../cases/repeat-problems';
import { useScorecardStore } from '../kpi/scorecard-store';
import { useDb } from '../options/db-context';

/** What the dashboard hands to the cases area: the same period and channel as the figures above it. */
export interface CasesSlotProps {
  report: KpiReport | undefined;
  channel: Scope;
}

/**
 * The dashboard's Cases area (product.md §4–5): Scan now and the review
 * brief, the case list, and the repeat problems of the period shown above.
 * The report (when loaded) gives the exact period, so the repeat-problem
 * counts cover the same local days as the tiles.
 */
export function CasesSlot({ report, channel }: CasesSlotProps) {
  const db = useDb();
  const period = useScorecardStore((state) => state.period);
  const periodDays = report?.periodDays ?? period;
  return (
    <div className="es-cases-area">
      <CasesToolbar periodDays={periodDays} />
      <CaseList channel={channel} />
      <RepeatProblems db={db} periodDays={periodDays} channel={channel} periodEnd={report?.current.end} headingLevel={3} />
    </div>
  );
}
