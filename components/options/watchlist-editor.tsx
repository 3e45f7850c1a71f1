import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { TERM_KINDS, type Term } from '@/lib/model/types';
import { deleteTerm, listTerms, putTerm } from '@/lib/db/terms-repo';
import { Notice } from '../ui/notice';
import { useDb } from './db-context';
import { errorText } from './error-text';
import { TermForm } from './term-form';
import { TermList } from './term-list';
import { strings } from './strings';

const OWN_KINDS = TERM_KINDS.filter((kind) => kind !== 'competitor');
const COMPETITOR_KINDS = ['competitor'] as const;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The watchlist: add form, then the user's own terms, then competitors apart
 * (they never count as the user's mentions). The list follows the database
 * through useLiveQuery, so imports and other tabs show up without a reload;
 * every change is saved at once and announced in a polite live region.
 */
export function WatchlistEditor() {
  const s = strings.watchlist;
  const db = useDb();
  const terms = useLiveQuery(() => listTerms(db), [db]);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  const sorted = useMemo(() => [...(terms ?? [])].sort((a, b) => collator.compare(a.text, b.text)), [terms]);
  const competitors = useMemo(() => sorted.filter((term) => term.kind === 'competitor'), [sorted]);

  const save = useCallback(
    async (term: Term, message: string) => {
      try {
        await putTerm(db, term);
        setError(null);
        setAnnouncement(message);
      } catch (e) {
        setError(s.saveFailed(errorText(e)));
        throw e;
      }
    },
    [db, s],
  );

  const add = (term: Term) => save(term, s.added(term.text));
  const saveEdit = async (term: Term) => {
    await save(term, s.updated(term.text));
    setEditingId(null);
    setFocusId(term.id);
  };
  const cancelEdit = () => {
    setFocusId(editingId);
    setEditingId(null);
  };
  const edit = useCallback((term: Term) => {
    setFocusId(null);
    setEditingId(term.id);
  }, []);
  const remove = useCallback(
    async (term: Term) => {
      try {
        await deleteTerm(db, term.id);
      } catch (e) {
        setError(s.saveFailed(errorText(e)));
        return;
      }
      setError(null);
      setAnnouncement(s.deleted(term.text));
      // The row and its button are gone; the heading is the nearest stable place.
      headingRef.current?.focus();
    },
    [db, s],
  );

  const listProps = { all: sorted, editingId, focusId, onEdit: edit, onDelete: remove, onSaveEdit: saveEdit, onCancelEdit: cancelEdit };
  return (
    <section className="es-card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {s.title} <span className="es-count">({s.count(sorted.length)})</span>
      </h2>
      <p className="es-hint">{s.intro}</p>
      <TermForm existing={sorted} onSave={add} />
      {/* Always in the DOM so screen readers pick up each new message. */}
      <p role="status" className="es-live">
        {announcement}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {terms && sorted.length === 0 ? <p>{s.empty}</p> : null}
      <h3>{s.ownTitle}</h3>
      <TermList terms={sorted} kinds={OWN_KINDS} {...listProps} />
      <h3>{s.competitorTitle}</h3>
      <p className="es-hint">{s.competitorNote}</p>
      <TermList terms={competitors} kinds={COMPETITOR_KINDS} {...listProps} />
    </section>
  );
}
