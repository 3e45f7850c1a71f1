import { periodText, scorecardStrings as s } from './strings';
import { PERIODS, useScorecardStore } from './scorecard-store';
import { SegmentedControl } from './segmented-control';

/** 7 / 30 / 90 days, bound to the scorecard store. */
export function PeriodSwitch() {
  const period = useScorecardStore((state) => state.period);
  const setPeriod = useScorecardStore((state) => state.setPeriod);
  return (
    <SegmentedControl
      legend={s.periodLabel}
      options={PERIODS.map((days) => ({ value: days, label: periodText(days) }))}
      value={period}
      onChange={setPeriod}
    />
  );
}
