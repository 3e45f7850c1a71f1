import { useId } from 'react';
import type { KpiId, KpiReport, KpiValue, PeriodDays, SeriesPoint } from '@/lib/kpi';
import { KPI_LABELS } from '@/lib/kpi';
import { Sparkline } from './sparkline';
import { scorecardStrings as s } from './strings';
import { describeChange, describeGoal, describeScoreGoals } from './tile-text';

export interface KpiTileProps {
  id: KpiId;
  /** Undefined while loading: the tile keeps its place and shows "…". */
  kpi: KpiValue | undefined;
  /** The report the tile belongs to (the Score tile lists its goals from it). */
  report: KpiReport | undefined;
  period: PeriodDays;
  series?: readonly SeriesPoint[];
}

/**
 * One KPI. The heading is exactly the KPI's name and nothing else (product.md
 * §8: acceptance checks find the tile by it), and the value sits in the same
 * element. Goal and change are drawn with symbols and spoken as words: the
 * symbols are aria-hidden and the tile's description carries the sentences.
 */
export function KpiTile({ id, kpi, report, period, series }: KpiTileProps) {
  const labelId = useId();
  const changeId = useId();
  const goalId = useId();
  const label = KPI_LABELS[id];
  const change = kpi ? describeChange(kpi, period) : '';
  const goal = kpi && id !== 'score' ? describeGoal(kpi) : null;
  const scoreGoals = kpi && id === 'score' && report ? describeScoreGoals(report) : null;
  const describedBy = [change && changeId, (goal || scoreGoals) && goalId].filter(Boolean).join(' ') || undefined;

  return (
    <li className="es-tile" data-kpi={id}>
      <article aria-labelledby={labelId} aria-describedby={describedBy} aria-busy={kpi ? undefined : true}>
        <h3 id={labelId} className="es-tile__label">
          {label}
        </h3>
        <p className={`es-tile__value${id === 'sentiment' ? ' es-tile__value--small' : ''}`}>{kpi ? kpi.display : s.loading}</p>
        {kpi && id === 'sentiment' && kpi.value !== null ? <p className="es-tile__note">{s.sentimentLegend}</p> : null}
        <div className="es-tile__meta">
          {change ? (
            <p id={changeId} className="es-tile__change">
              {kpi?.changeDisplay ? <span aria-hidden="true">{kpi.changeDisplay}</span> : null}
              <span className={kpi?.changeDisplay ? 'es-visually-hidden' : undefined}>{change}</span>
            </p>
          ) : null}
          {goal ? (
            <p id={goalId} className={`es-tile__goal es-tile__goal--${goal.tone}`}>
              {goal.tone === 'none' ? (
                goal.text
              ) : (
                <>
                  <span aria-hidden="true">{goal.visible}</span>
                  <span className="es-visually-hidden">{goal.text}</span>
                </>
              )}
            </p>
          ) : null}
          {scoreGoals ? (
            <p id={goalId} className="es-tile__goal">
              {scoreGoals}
            </p>
          ) : null}
        </div>
        {kpi ? <Sparkline label={label} unit={kpi.unit} points={series} /> : null}
      </article>
    </li>
  );
}
