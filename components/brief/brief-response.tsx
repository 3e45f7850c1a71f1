import { useId } from 'react';
import type { BriefResponse as Response } from '@/lib/brief/build-brief';
import { briefStrings as s } from './strings';

/** Customer wait and your reaction, against the previous period and the goal (product.md §5). */
export function BriefResponse({ rows }: { rows: readonly Response[] }) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="es-brief__section">
      <h2 id={titleId}>{s.responseTitle}</h2>
      <dl className="es-brief__response">
        {rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>
              <strong>{r.display}</strong> ({[s.previous(r.previous), ...(r.goal ? [r.goal] : [])].join(' · ')})
              <span className="es-hint"> — {r.hint}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
