import { useId } from 'react';
import type { EarshotDb } from '@/lib/db/schema';
import type { PeriodDays, Scope } from '@/lib/kpi';
import { caseStrings as s } from './strings';
import { useRepeatProblems } from './use-repeat-problems';
import './cases.css';

export interface RepeatProblemsProps {
  db: EarshotDb;
  periodDays: PeriodDays;
  channel: Scope;
  /** End of the KPI period shown above (report.current.end), so the counts cover the same days. */
  periodEnd?: Date;
  /** The popup shows the top few; the dashboard all (up to groupTopics' 10). */
  limit?: number;
  /** The popup's sections are h2 (its tiles are h3); inside the dashboard's Cases section, h3. */
  headingLevel?: 2 | 3;
  compact?: boolean;
}

/**
 * Repeat problems: each shared phrase with its count this period and the
 * previous one. The arrow is decoration (aria-hidden); the same fact is
 * spoken in words ("3 issues in the last 7 days, up from 1 in the 7 days before").
 */
export function RepeatProblems({ db, periodDays, channel, periodEnd, limit, headingLevel = 3, compact = false }: RepeatProblemsProps) {
  const titleId = useId();
  const topics = useRepeatProblems(db, periodDays, channel, periodEnd);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shown = (topics ?? []).slice(0, limit);
  return (
    <section className={`es-repeat${compact ? ' es-repeat--compact' : ''}`} aria-labelledby={titleId}>
      <Heading id={titleId}>{s.repeatTitle}</Heading>
      {compact ? null : <p className="es-hint">{s.repeatIntro}</p>}
      {topics && topics.length === 0 ? <p className="es-hint">{s.repeatEmpty}</p> : null}
      <ul className="es-repeat__list">
        {shown.map((t) => (
          <li key={t.phrase} className={`es-repeat__item es-repeat__item--${t.trend}`}>
            <span className="es-repeat__phrase">{t.phrase}</span>{' '}
            <span className="es-repeat__counts" aria-hidden="true">
              {s.repeatCounts(t.count, t.previousCount)} {s.arrows[t.trend]}
            </span>
            <span className="es-visually-hidden">{s.trendSpoken(t.trend, t.count, t.previousCount, periodDays)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
