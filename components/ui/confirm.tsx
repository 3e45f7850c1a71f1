import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';

export interface ConfirmProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Destructive actions get the danger look and start with focus on Cancel. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An inline, non-modal confirmation (role="dialog") shown where the action
 * was started, so the user keeps context. Focus moves into it on open, and
 * Escape cancels. Not a native <dialog>: nothing else on the page is blocked.
 */
export function Confirm(props: ConfirmProps) {
  const { title, children, confirmLabel, cancelLabel, danger, busy, onConfirm, onCancel } = props;
  const titleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    (danger ? cancelRef : confirmRef).current?.focus();
  }, [danger]);

  return (
    <div
      role="dialog"
      aria-labelledby={titleId}
      className={`es-confirm${danger ? ' es-confirm--danger' : ''}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={titleId}>{title}</h3>
      {children}
      <div className="es-actions">
        <Button ref={confirmRef} tone={danger ? 'danger' : 'primary'} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
