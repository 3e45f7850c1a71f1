import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_SLA_HOURS } from '@/lib/cases/sla';
import { escalationItem, getEscalationSettings, saveEscalationSettings } from '@/lib/settings/escalation-settings';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { errorText } from './error-text';
import { countErrors, fromDrafts, toDraft, validateCategories, type CategoryDraft, type CategoryErrors } from './escalation-rules';
import { EscalationRow } from './escalation-row';
import { escalationStrings as s } from './strings';
import './escalation.css';

let nextKey = 0;
const newKey = () => `cat-${(nextKey += 1)}`;

/**
 * The Escalation tab: the categories an issue can be escalated to, each
 * with its SLA and contact, edited as a table and saved together (sync
 * storage, read by the badge, the chip and the case list). Validation runs
 * on Save and then follows every edit; nothing invalid is ever saved.
 */
export function EscalationTab() {
  const titleId = useId();
  const [rows, setRows] = useState<CategoryDraft[]>();
  const [dirty, setDirty] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const focusNext = useRef<string | null>(null);
  // Read by the storage watch: a change from elsewhere must not overwrite edits not yet saved.
  const dirtyRef = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  // Load, and follow changes from elsewhere (another tab, sync) while nothing here is unsaved.
  useEffect(() => {
    let live = true;
    const load = () =>
      void getEscalationSettings().then((v) => {
        if (live) setRows((current) => (current && dirtyRef.current ? current : v.categories.map((c) => toDraft(c, newKey()))));
      });
    load();
    const unwatch = escalationItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  // After "Add category" or a failed save, focus the new row's name or the first invalid field.
  useEffect(() => {
    if (focusNext.current) inputs.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const list = rows ?? [];
  const validation = validateCategories(list);
  const shown = showErrors ? validation : { rows: list.map((): CategoryErrors => ({})), list: null };

  function edit(next: CategoryDraft[], message = '') {
    setRows(next);
    setDirty(true);
    setStatus(message);
  }

  async function save() {
    if (countErrors(validation) > 0) {
      setShowErrors(true);
      const index = validation.rows.findIndex((r) => Object.keys(r).length > 0);
      const field = index >= 0 ? (Object.keys(validation.rows[index]!)[0] as keyof CategoryErrors) : null;
      if (field) focusNext.current = `${list[index]!.key}:${field}`;
      setStatus('');
      return;
    }
    try {
      await saveEscalationSettings({ categories: fromDrafts(list) });
      setDirty(false);
      setShowErrors(false);
      setFailure(null);
      setStatus(s.saved(list.length));
    } catch (e) {
      setFailure(s.saveFailed(errorText(e)));
    }
  }

  return (
    <section className="es-card es-escalation" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {s.title} {rows ? <span className="es-count">({s.count(list.length)})</span> : null}
      </h2>
      <p>{s.intro}</p>
      <Notice tone="info">{s.noMail}</Notice>
      <p role="status" className="es-live">
        {status || (dirty ? s.unsaved : '')}
      </p>
      {showErrors && countErrors(validation) > 0 ? <Notice tone="error">{[s.fixProblems(countErrors(validation)), validation.list].filter(Boolean).join('\n')}</Notice> : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div className="es-table-wrap">
        <table className="es-escalation__table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{s.columns.name}</th>
              <th scope="col">{s.columns.sla}</th>
              <th scope="col">{s.columns.contactName}</th>
              <th scope="col">{s.columns.email}</th>
              <th scope="col">
                <span className="es-visually-hidden">{s.delete}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((row, i) => (
              <EscalationRow
                key={row.key}
                row={row}
                index={i + 1}
                errors={shown.rows[i] ?? {}}
                onChange={(next) => edit(list.map((r) => (r.key === row.key ? next : r)))}
                onDelete={() => edit(list.filter((r) => r.key !== row.key), row.name.trim() ? s.deleted(row.name.trim()) : '')}
                inputRef={(field, node) => {
                  if (node) inputs.current.set(`${row.key}:${field}`, node);
                  else inputs.current.delete(`${row.key}:${field}`);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="es-hint">
        {s.slaHint} {s.emailHint} {s.deletedNote}
      </p>
      <div className="es-actions">
        <Button
          onClick={() => {
            const key = newKey();
            focusNext.current = `${key}:name`;
            edit([...list, { key, name: '', sla: String(DEFAULT_SLA_HOURS), contactName: '', email: '' }]);
          }}
        >
          {s.add}
        </Button>
        <Button tone="primary" disabled={!rows} onClick={() => void save()}>
          {s.save}
        </Button>
      </div>
    </section>
  );
}
