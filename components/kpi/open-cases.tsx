import { useId } from 'react';
import type { StoredCase } from '@/lib/db/schema';
import { formatDuration } from '@/lib/kpi';
import { SITE_LABELS } from '@/lib/model/types';
import { scorecardStrings } from './strings';

const s = scorecardStrings.cases;

export interface OpenCasesProps {
  cases: readonly StoredCase[] | undefined;
  /** When the list was read: ages are measured from it, so render stays pure. */
  now: Date | undefined;
  /** The popup is small: it lists the oldest few and points to the dashboard for the rest. */
  limit?: number;
}

/**
 * Cases still waiting (open or escalated), oldest first: the oldest is the
 * closest to its SLA. Each links to the post on its site, in a new tab, so
 * the user can answer it there.
 */
export function OpenCases({ cases, now, limit = 5 }: OpenCasesProps) {
  const titleId = useId();
  const shown = (cases ?? []).slice(0, limit);
  const hidden = (cases?.length ?? 0) - shown.length;
  return (
    <section className="es-cases" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {s.title} {cases ? <span className="es-count">({cases.length})</span> : null}
      </h2>
      {cases && cases.length === 0 ? <p className="es-hint">{s.empty}</p> : null}
      <ul className="es-cases__list">
        {shown.map((c) => {
          const age = now ? s.age(formatDuration(Math.max(0, now.getTime() - Date.parse(c.openedAt)))) : '';
          const who = c.author || c.text?.slice(0, 60) || '';
          return (
            <li key={c.id} className="es-case">
              {c.url ? (
                <a href={c.url} target="_blank" rel="noopener" className="es-case__link">
                  <strong>{c.id}</strong> {who}
                </a>
              ) : (
                <span className="es-case__link" title={s.noLink}>
                  <strong>{c.id}</strong> {who}
                </span>
              )}
              <span className="es-case__meta">
                <span className={`es-case__state es-case__state--${c.state}`}>{s.states[c.state]}</span> · {s.on(SITE_LABELS[c.site])} · {age}
              </span>
            </li>
          );
        })}
      </ul>
      {hidden > 0 ? <p className="es-hint">{s.more(hidden)}</p> : null}
    </section>
  );
}
