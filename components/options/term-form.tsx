import { useId, useRef, useState, type FormEvent } from 'react';
import { TERM_KINDS, type Term, type TermKind } from '@/lib/model/types';
import { parseExclusions, tidyTermText, validateTerm, type TermDraft } from '@/lib/watchlist/validate-term';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { strings } from './strings';

export interface TermFormProps {
  /** The term being edited; absent = the "Add a term" form. */
  initial?: Term;
  existing: readonly Term[];
  onSave: (term: Term) => Promise<void> | void;
  onCancel?: () => void;
}

/**
 * Add or edit one term. Validation runs on submit and, once shown, follows
 * every keystroke, so the message disappears as soon as the problem is fixed.
 * An error about exclusions is shown under the exclusions box: the text is
 * checked alone first to tell the two apart.
 */
export function TermForm({ initial, existing, onSave, onCancel }: TermFormProps) {
  const s = strings.watchlist;
  const titleId = useId();
  const textRef = useRef<HTMLInputElement>(null);
  const excludeRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initial?.text ?? '');
  const [kind, setKind] = useState<TermKind>(initial?.kind ?? 'brand');
  const [excludeRaw, setExcludeRaw] = useState(initial?.exclude.join('\n') ?? '');
  const [caseSensitive, setCaseSensitive] = useState(initial?.caseSensitive ?? false);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);

  const draft: TermDraft = { text, kind, exclude: parseExclusions(excludeRaw), caseSensitive };
  const textError = showErrors ? validateTerm({ ...draft, exclude: [] }, existing, initial?.id) : null;
  const excludeError = showErrors && !textError ? validateTerm(draft, existing, initial?.id) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const problem = validateTerm(draft, existing, initial?.id);
    if (problem) {
      setShowErrors(true);
      // Focus the field the message sits under, so it is read out with it.
      const textOnly = validateTerm({ ...draft, exclude: [] }, existing, initial?.id);
      (textOnly ? textRef : excludeRef).current?.focus();
      return;
    }
    const term: Term = {
      id: initial?.id ?? crypto.randomUUID(),
      text: tidyTermText(text, kind),
      kind,
      exclude: draft.exclude,
      ...(caseSensitive ? { caseSensitive: true } : {}),
    };
    setSaving(true);
    try {
      await onSave(term);
      if (!initial) {
        // Ready for the next term; kind stays, as people add several of one kind.
        setText('');
        setExcludeRaw('');
        setCaseSensitive(false);
        setShowErrors(false);
        textRef.current?.focus();
      }
    } catch {
      // The caller shows why saving failed; keep what was typed so it can be retried.
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="es-term-form"
      aria-labelledby={titleId}
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <h3 id={titleId}>{initial ? s.editTitle(initial.text) : s.addTitle}</h3>
      <Field label={s.textLabel} hint={s.textHint} error={textError}>
        {(control) => (
          <input ref={textRef} {...control} value={text} autoComplete="off" onChange={(e) => setText(e.target.value)} />
        )}
      </Field>
      <Field label={s.kindLabel}>
        {(control) => (
          <select {...control} value={kind} onChange={(e) => setKind(e.target.value as TermKind)}>
            {TERM_KINDS.map((k) => (
              <option key={k} value={k}>
                {strings.kinds[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={s.excludeLabel} hint={s.excludeHint} error={excludeError}>
        {(control) => (
          <textarea ref={excludeRef} {...control} rows={2} value={excludeRaw} onChange={(e) => setExcludeRaw(e.target.value)} />
        )}
      </Field>
      <label className="es-check">
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} />
        {s.caseLabel}
      </label>
      <div className="es-actions">
        <Button type="submit" tone="primary" disabled={saving}>
          {initial ? s.save : s.add}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{s.cancel}</Button> : null}
      </div>
    </form>
  );
}
