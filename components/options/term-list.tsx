import type { Term, TermKind } from '@/lib/model/types';
import { TermForm } from './term-form';
import { TermRow } from './term-row';
import { strings } from './strings';

export interface TermListProps {
  /** Already sorted; the list only groups them. */
  terms: readonly Term[];
  kinds: readonly TermKind[];
  /** The whole watchlist, for the edit form's duplicate check. */
  all: readonly Term[];
  editingId: string | null;
  focusId: string | null;
  onEdit: (term: Term) => void;
  onDelete: (term: Term) => void;
  onSaveEdit: (term: Term) => Promise<void>;
  onCancelEdit: () => void;
}

/**
 * Terms grouped under a heading per kind. Plain lists (no virtualisation):
 * 500 rows of a few spans each render fast, stay searchable with the
 * browser's find, and every row is reachable by keyboard and screen reader.
 */
export function TermList(props: TermListProps) {
  const { terms, kinds, all, editingId, focusId, onEdit, onDelete, onSaveEdit, onCancelEdit } = props;
  return (
    <>
      {kinds.map((kind) => {
        const group = terms.filter((term) => term.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="es-term-group">
            {/* A single-kind list (competitors) already sits under its own heading. */}
            {kinds.length > 1 ? (
              <h4>
                {strings.kindGroups[kind]} <span className="es-count">({group.length})</span>
              </h4>
            ) : null}
            <ul className="es-term-list">
              {group.map((term) =>
                term.id === editingId ? (
                  <li key={term.id} className="es-term es-term--editing">
                    <TermForm initial={term} existing={all} onSave={onSaveEdit} onCancel={onCancelEdit} />
                  </li>
                ) : (
                  <TermRow key={term.id} term={term} focusEdit={term.id === focusId} onEdit={onEdit} onDelete={onDelete} />
                ),
              )}
            </ul>
          </div>
        );
      })}
    </>
  );
}
