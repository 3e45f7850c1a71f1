import { useId, useRef, useState, type ChangeEvent } from 'react';
import { applyBackup, describeImport, parseBackup, type ImportSummary } from '@/lib/backup/import-backup';
import { clearDbFault } from '@/lib/settings/db-health';
import { Confirm } from '../ui/confirm';
import { Notice } from '../ui/notice';
import { useDb } from './db-context';
import { errorText } from './error-text';
import { importedMessage, strings } from './strings';

export type ImportDone = (summary: ImportSummary) => void | Promise<void>;

type Parsed = Extract<ReturnType<typeof parseBackup>, { ok: true }>;

/**
 * The "Import backup" file input (product.md §8: a real <input type="file">
 * labelled exactly so, styled as a button through its <label>). The whole
 * file is validated before anything is written; a bad file gets an alert and
 * changes nothing, a good one asks "Replace …?" first. The input is cleared
 * after every choice so the same file can be picked again.
 */
export function ImportBackup({ onImported }: { onImported?: ImportDone }) {
  const s = strings.backup;
  const db = useDb();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Parsed | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    setMessage(null);
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setMessage({ ok: false, text: s.importUnreadable(errorText(error)) });
      return;
    }
    const parsed = parseBackup(text);
    if (parsed.ok) setPending(parsed);
    else setMessage({ ok: false, text: s.importRejected(parsed.error) });
  }

  function close() {
    setPending(null);
    inputRef.current?.focus();
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    try {
      const summary = await applyBackup(db, pending.backup);
      await clearDbFault('lost').catch(() => {}); // the backup brought back what a lost database held
      setMessage({ ok: true, text: importedMessage(summary) });
      close();
      await onImported?.(summary);
    } catch (error) {
      setMessage({ ok: false, text: s.importFailed(errorText(error)) });
      close();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <div className="es-file">
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="es-visually-hidden"
          onChange={(event) => void choose(event)}
        />
        {/* The label is the visible "button"; clicking it opens the file picker. */}
        <label htmlFor={inputId} className="es-button">
          {s.import}
        </label>
      </div>
      {pending ? (
        <Confirm
          title={describeImport(pending.summary)}
          confirmLabel={s.replace}
          cancelLabel={s.cancel}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={close}
        />
      ) : null}
      {message ? <Notice tone={message.ok ? 'success' : 'error'}>{message.text}</Notice> : null}
    </div>
  );
}
