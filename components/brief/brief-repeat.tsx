import { useId } from 'react';
import type { Topic } from '@/lib/cases/topics';
import { briefStrings as s } from './strings';

/** The period's repeat problems with both counts; the arrow is decoration, the trend is also in words. */
export function BriefRepeat({ topics }: { topics: readonly Topic[] }) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="es-brief__section">
      <h2 id={titleId}>{s.repeatTitle}</h2>
      {topics.length === 0 ? <p>{s.noRepeat}</p> : null}
      <ul className="es-brief__list">
        {topics.map((t) => (
          <li key={t.phrase}>
            <strong>{t.phrase}</strong>: {s.topicCounts(t.count, t.previousCount)} <span aria-hidden="true">{s.arrows[t.trend]}</span>
            <span className="es-visually-hidden"> ({s.trend[t.trend]})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
