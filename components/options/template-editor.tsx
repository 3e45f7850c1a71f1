import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { POST_KINDS, SITE_LABELS, SITES, type Site, type Template, type TemplateCategory } from '@/lib/model/types';
import type { TemplateInput } from '@/lib/db/templates-repo';
import { checkTemplate, type TemplateValues } from '@/lib/templates/render';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { TemplateBodyField } from './template-body-field';
import { TemplatePreview } from './template-preview';
import { isBlocking, validateTemplateName } from './template-rules';
import { templateStrings as s } from './strings';

export interface TemplateEditorProps {
  /** The template being edited; absent = a new one. */
  initial?: Template;
  existing: readonly Template[];
  sample: TemplateValues;
  onSave: (template: TemplateInput) => Promise<void>;
  onCancel: () => void;
}

/**
 * Create or edit one template. Body problems follow every keystroke, but
 * from a deferred copy of the body: a 10,000-character paste keeps the
 * textarea responsive while check and preview catch up. "Write the reply
 * text" waits until the body was touched or a save was tried, so a new form
 * does not open on an error. Saving re-checks the current body itself.
 */
export function TemplateEditor({ initial, existing, sample, onSave, onCancel }: TemplateEditorProps) {
  const titleId = useId();
  const countId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [name, setName] = useState(initial?.name ?? '');
  const [category, setCategory] = useState<TemplateCategory>(initial?.category ?? 'issue');
  const [site, setSite] = useState<Site | null>(initial?.site ?? null);
  const [body, setBody] = useState(initial?.body ?? '');
  const [bodyTouched, setBodyTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => nameRef.current?.focus(), []);

  const deferredBody = useDeferredValue(body);
  const problems = useMemo(() => checkTemplate(deferredBody, site, sample), [deferredBody, site, sample]);
  const shown = problems.filter((p) => p.kind !== 'empty' || bodyTouched || submitted);
  // A name already in use is worth saying at once; "required" waits for a save attempt.
  const nameError = name.trim() || submitted ? validateTemplateName(name, existing, initial?.id) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const nameProblem = validateTemplateName(name, existing, initial?.id);
    const bodyBlocked = checkTemplate(body, site, sample).some(isBlocking);
    if (nameProblem || bodyBlocked) {
      setSubmitted(true);
      (nameProblem ? nameRef : bodyRef).current?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave({ id: initial?.id ?? crypto.randomUUID(), name: name.trim(), category, site, body, order: initial?.order });
    } catch {
      setSaving(false); // The tab shows why; keep the text so it can be retried.
    }
  }

  return (
    <form
      className="es-template-form"
      aria-labelledby={titleId}
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3 id={titleId}>{initial ? s.editTitle(initial.name) : s.newTitle}</h3>
      <Field label={s.nameLabel} hint={s.nameHint} error={nameError}>
        {(c) => <input ref={nameRef} {...c} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="es-template-form__row">
        <Field label={s.categoryLabel} hint={s.categoryHint}>
          {(c) => (
            <select {...c} value={category} onChange={(e) => setCategory(e.target.value as TemplateCategory)}>
              {POST_KINDS.map((k) => (
                <option key={k} value={k}>
                  {s.categories[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={s.siteLabel}>
          {(c) => (
            <select {...c} value={site ?? ''} onChange={(e) => setSite((e.target.value || null) as Site | null)}>
              <option value="">{s.allSites}</option>
              {SITES.map((k) => (
                <option key={k} value={k}>
                  {SITE_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TemplateBodyField
        value={body}
        onChange={(next) => {
          setBody(next);
          setBodyTouched(true);
        }}
        problems={shown}
        invalid={shown.some(isBlocking)}
        countId={countId}
        textareaRef={bodyRef}
      />
      <TemplatePreview body={deferredBody} site={site} sample={sample} countId={countId} />
      <div className="es-actions">
        <Button type="submit" tone="primary" disabled={saving}>
          {initial ? s.save : s.add}
        </Button>
        <Button onClick={onCancel}>{s.cancel}</Button>
      </div>
    </form>
  );
}
