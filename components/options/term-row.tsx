import { memo, useEffect, useRef } from 'react';
import type { Term } from '@/lib/model/types';
import { Button } from '../ui/button';
import { strings } from './strings';

export interface TermRowProps {
  term: Term;
  /** Set after this row's edit form closes, so focus returns to its Edit button. */
  focusEdit?: boolean;
  onEdit: (term: Term) => void;
  onDelete: (term: Term) => void;
}

/**
 * One watchlist entry. Memoised and free of per-row state or queries so a
 * 500-term list re-renders cheaply; text is rendered as text (React escapes it).
 */
export const TermRow = memo(function TermRow({ term, focusEdit, onEdit, onDelete }: TermRowProps) {
  const editRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusEdit) editRef.current?.focus();
  }, [focusEdit]);

  const s = strings.watchlist;
  return (
    <li className="es-term">
      <span className="es-term__text">
        <bdi>{term.text}</bdi>
      </span>
      <span className="es-term__kind">{strings.kinds[term.kind]}</span>
      {term.caseSensitive ? <span className="es-term__flag">{s.caseSensitive}</span> : null}
      {term.exclude.length > 0 ? (
        <span className="es-term__exclude">
          {s.excludes} {term.exclude.join(', ')}
        </span>
      ) : null}
      <span className="es-term__actions">
        <Button ref={editRef} tone="quiet" aria-label={s.editName(term.text)} onClick={() => onEdit(term)}>
          {s.edit}
        </Button>
        <Button tone="quiet" aria-label={s.deleteName(term.text)} onClick={() => onDelete(term)}>
          {s.delete}
        </Button>
      </span>
    </li>
  );
});
