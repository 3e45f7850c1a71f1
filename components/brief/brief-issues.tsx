import { useId } from 'react';
import type { BriefIssue } from '@/lib/brief/build-brief';
import { briefPageStrings as p, briefStrings as s } from './strings';

/** Top open issues, most urgent first, each linking to its post (page text rendered as text). */
export function BriefIssues({ issues, openCount }: { issues: readonly BriefIssue[]; openCount: number }) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="es-brief__section">
      <h2 id={titleId}>{s.issuesTitle}</h2>
      {issues.length === 0 ? (
        <p>{s.noIssues}</p>
      ) : (
        <>
          <p className="es-hint">{s.issuesCount(issues.length, openCount)}</p>
          <ol className="es-brief__list">
            {issues.map((i) => (
              <li key={i.id}>
                <strong>{i.id}</strong> · {i.category} · {s.states[i.state]} · {i.site} · {s.opened(i.age)} ·{' '}
                <span className={i.breached ? 'es-brief__breached' : undefined}>{i.sla}</span>
                <br />
                {i.url ? (
                  <a href={i.url} target="_blank" rel="noopener" aria-label={p.openPost(i.author)}>
                    {i.author}
                  </a>
                ) : (
                  i.author
                )}
                {i.firstLine ? `: “${i.firstLine}”` : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
