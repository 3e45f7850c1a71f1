import { useId, useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listTemplates } from '@/lib/db/templates-repo';
import type { Profile } from '@/lib/settings/profile';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { useDb } from './db-context';
import { TemplateEditor } from './template-editor';
import { TemplateList } from './template-list';
import { sampleValues } from './template-rules';
import { useTemplateActions } from './use-template-actions';
import { templateStrings as s } from './strings';
import './templates.css';

/**
 * The Templates tab: the reply template library in its order, a form for a
 * new template, and an explained empty state that can bring the defaults
 * back. The list follows the database (imports and other tabs show up
 * without a reload); every change is saved at once and announced politely.
 */
export function TemplatesTab({ profile }: { profile: Profile }) {
  const db = useDb();
  const loaded = useLiveQuery(() => listTemplates(db), [db]);
  const templates = useMemo(() => loaded ?? [], [loaded]);
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  // Re-made only when the profile changes, so the editor's check is not redone on unrelated renders.
  const { brandName, handle, myName } = profile;
  const sample = useMemo(() => sampleValues({ brandName, handle, myName }), [brandName, handle, myName]);
  const { state, actions } = useTemplateActions(db, templates, {
    heading: () => headingRef.current?.focus(),
    newButton: () => newRef.current?.focus(),
  });
  const empty = loaded !== undefined && templates.length === 0;

  return (
    <section className="es-card" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {s.title} <span className="es-count">({s.count(templates.length)})</span>
      </h2>
      <p className="es-hint">{s.intro}</p>
      {/* Always in the DOM so screen readers pick up each new message. */}
      <p role="status" className="es-live">
        {state.announcement}
      </p>
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      {state.editing === 'new' ? (
        <TemplateEditor existing={templates} sample={sample} onSave={actions.save} onCancel={actions.cancelEdit} />
      ) : (
        <Button ref={newRef} tone="primary" onClick={() => actions.open('new')}>
          {s.create}
        </Button>
      )}
      {empty ? (
        <div className="es-template-empty">
          <h3>{s.emptyTitle}</h3>
          <p>{s.empty}</p>
          <Button disabled={state.busy} onClick={actions.restoreDefaults}>
            {s.restore}
          </Button>
        </div>
      ) : (
        <TemplateList
          templates={templates}
          sample={sample}
          editingId={state.editing === 'new' ? null : state.editing}
          deletingId={state.deletingId}
          focus={state.focus}
          busy={state.busy}
          onEdit={(t) => actions.open(t.id)}
          onSaveEdit={actions.save}
          onCancelEdit={actions.cancelEdit}
          onDuplicate={actions.duplicate}
          onDelete={actions.askDelete}
          onConfirmDelete={actions.confirmDelete}
          onCancelDelete={actions.cancelDelete}
          onMove={actions.move}
        />
      )}
    </section>
  );
}
