import { useCallback, useId, useLayoutEffect, useRef, type RefObject } from 'react';
import type { TemplateProblem, TemplateVariable } from '@/lib/templates/render';
import { VariableHelp } from './variable-help';
import { templateStrings as s } from './strings';

export interface TemplateBodyFieldProps {
  value: string;
  onChange: (body: string) => void;
  /** Problems to show now (the editor decides when "empty" starts to count). */
  problems: readonly TemplateProblem[];
  /** Set when a problem blocks saving; over-length alone only warns. */
  invalid: boolean;
  countId: string;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The body textarea with its problems (announced through aria-describedby)
 * and the insert-variable buttons. Inserting replaces the selection, then
 * puts focus and caret right after the token, so a keyboard user can go on
 * typing where they were.
 */
export function TemplateBodyField({ value, onChange, problems, invalid, countId, textareaRef }: TemplateBodyFieldProps) {
  const id = useId();
  const problemsId = `${id}-problems`;
  // Before the user has been in the textarea its selection is meaningless (0): append instead.
  const hasCaret = useRef(false);
  const pendingCaret = useRef<number | null>(null);
  // Read through a ref so the insert callback stays stable and VariableHelp never re-renders while typing.
  const latest = useRef({ value, onChange });
  // Refreshed after each commit (a ref is not written during render); the callback only runs in event handlers.
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  });

  const insert = useCallback(
    (name: TemplateVariable) => {
      const { value: body, onChange: change } = latest.current;
      const el = textareaRef.current;
      const token = `{{${name}}}`;
      const start = el && hasCaret.current ? el.selectionStart : body.length;
      const end = el && hasCaret.current ? el.selectionEnd : body.length;
      pendingCaret.current = start + token.length;
      change(body.slice(0, start) + token + body.slice(end));
    },
    [textareaRef],
  );

  // After React has written the new value, restore focus and caret (a value change moves the caret to the end).
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const el = textareaRef.current;
    if (caret === null || !el) return;
    pendingCaret.current = null;
    el.focus();
    el.setSelectionRange(caret, caret);
  }, [value, textareaRef]);

  const describedBy = [problems.length > 0 ? problemsId : null, countId].filter(Boolean).join(' ');
  return (
    <div className="es-field es-template-body">
      <label htmlFor={id}>{s.bodyLabel}</label>
      <textarea
        ref={textareaRef}
        id={id}
        rows={6}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onFocus={() => (hasCaret.current = true)}
        onChange={(e) => onChange(e.target.value)}
      />
      {problems.length > 0 ? (
        <ul id={problemsId} className="es-error es-template-problems">
          {problems.map((p) => (
            <li key={p.kind}>{p.kind === 'too-long' ? `${p.message} ${s.tooLongNote}` : p.message}</li>
          ))}
        </ul>
      ) : null}
      <VariableHelp onInsert={insert} />
    </div>
  );
}
