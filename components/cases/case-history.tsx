import { transitionVerb } from '@/lib/cases/transitions';
import type { StoredCase } from '@/lib/db/schema';
import { formatWhen } from './case-text';
import { caseStrings as s } from './strings';

/**
 * What happened to a case, oldest first: when, what ("Escalated",
 * "Reopened") and the note. A native <details> disclosure: keyboard and
 * screen readers know it as expandable without any script.
 */
export function CaseHistory({ c }: { c: StoredCase }) {
  return (
    <details className="es-case-row__history">
      <summary>
        {s.history(c.history.length)}
        <span className="es-visually-hidden">{s.historyOf(c.id)}</span>
      </summary>
      <ol>
        {c.history.map((h, i) => (
          <li key={`${h.at}-${i}`}>
            <time dateTime={h.at}>{formatWhen(h.at)}</time> — {transitionVerb(i === 0 ? h.state : c.history[i - 1]!.state, h.state)}
            {h.note ? `: ${h.note}` : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
