import { useId } from 'react';
import type { PeriodDays } from '@/lib/kpi';
import { Button } from '../ui/button';
import { briefPageStrings as s } from './strings';

export interface BriefToolbarProps {
  days: PeriodDays;
  onDaysChange: (days: PeriodDays) => void;
  onPrint: () => void;
  onCopy: () => void;
  /** Disabled until the brief is there to print or copy. */
  ready: boolean;
  status: string;
}

const PERIODS: PeriodDays[] = [7, 30, 90];

/** Period, print and copy. Screen-only: print CSS hides it, so the printed page is the brief alone. */
export function BriefToolbar({ days, onDaysChange, onPrint, onCopy, ready, status }: BriefToolbarProps) {
  const selectId = useId();
  return (
    <div role="group" aria-label={s.toolbarLabel} className="es-brief__toolbar es-no-print">
      <label htmlFor={selectId}>{s.periodLabel}</label>
      <select id={selectId} value={days} onChange={(e) => onDaysChange(Number(e.target.value) as PeriodDays)}>
        {PERIODS.map((d) => (
          <option key={d} value={d}>
            {s.period(d)}
          </option>
        ))}
      </select>
      <Button tone="primary" disabled={!ready} onClick={onPrint}>
        {s.print}
      </Button>
      <Button disabled={!ready} onClick={onCopy}>
        {s.copyMarkdown}
      </Button>
      <span role="status" className="es-hint">
        {status}
      </span>
    </div>
  );
}
