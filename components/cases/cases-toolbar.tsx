import type { PeriodDays } from '@/lib/kpi';
import { openBrief } from '@/lib/brief/open-brief';
import { Button } from '../ui/button';
import { ScanNowButton } from './scan-now-button';
import { caseStrings as s } from './strings';

export interface CasesToolbarProps {
  periodDays: PeriodDays;
  /** Opens the brief page for the period; the default opens brief.html in a new tab. */
  onOpenBrief?: (days: PeriodDays) => void;
}

/** The dashboard's way out to the sites ("Scan now") and to the review-meeting brief for the period shown. */
export function CasesToolbar({ periodDays, onOpenBrief = (days) => void openBrief(days) }: CasesToolbarProps) {
  return (
    <div role="group" aria-label={s.toolbarLabel} className="es-cases-toolbar">
      <ScanNowButton />
      <Button tone="primary" title={s.reviewBriefHint} onClick={() => onOpenBrief(periodDays)}>
        {s.reviewBrief}
      </Button>
    </div>
  );
}
