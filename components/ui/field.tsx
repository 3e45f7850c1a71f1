import { useId, type ReactNode } from 'react';

/** Props a Field hands to its control so label, hint and error are wired for assistive tech. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: string;
  hint?: ReactNode;
  /** Shown under the control and announced with it; marks the control invalid. */
  error?: string | null;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * Label + control + hint + inline error. The control is a render prop so one
 * Field serves <input>, <select> and <textarea> alike.
 */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="es-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true } : {}) })}
      {error ? (
        <p id={errorId} className="es-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="es-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
