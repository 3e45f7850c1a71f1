import { useId } from 'react';
import type { BriefPraise as Praise } from '@/lib/brief/build-brief';
import { briefPageStrings as p, briefStrings as s } from './strings';

/** The period's most positive praise: who said it, where, the words, and the link. */
export function BriefPraise({ praise }: { praise: readonly Praise[] }) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="es-brief__section">
      <h2 id={titleId}>{s.praiseTitle}</h2>
      {praise.length === 0 ? <p>{s.noPraise}</p> : null}
      <ul className="es-brief__list">
        {praise.map((item, i) => (
          <li key={`${item.url ?? ''}-${i}`}>
            {item.url ? (
              <a href={item.url} target="_blank" rel="noopener" aria-label={p.openPost(item.author)}>
                {item.author}
              </a>
            ) : (
              item.author
            )}{' '}
            {s.on(item.site)}: “{item.text}”
          </li>
        ))}
      </ul>
    </section>
  );
}
