import { useRef, useState } from 'react';
import { eraseAll } from '@/lib/backup/erase-all';
import { Button } from '../ui/button';
import { Confirm } from '../ui/confirm';
import { Notice } from '../ui/notice';
import { useDb } from './db-context';
import { errorText } from './error-text';
import { strings } from './strings';

/**
 * "Erase all data" asks first, in place, and only a second, explicit
 * "Erase everything" deletes. Focus starts on Cancel so a double Enter
 * does not erase by accident.
 */
export function EraseData() {
  const s = strings.backup;
  const db = useDb();
  const openRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function close() {
    setConfirming(false);
    openRef.current?.focus();
  }

  async function erase() {
    setBusy(true);
    try {
      await eraseAll(db);
      setMessage({ ok: true, text: s.erased });
    } catch (error) {
      setMessage({ ok: false, text: s.eraseFailed(errorText(error)) });
    } finally {
      setBusy(false);
      close();
    }
  }

  return (
    <div>
      <Button
        ref={openRef}
        tone="danger"
        aria-expanded={confirming}
        onClick={() => {
          setMessage(null);
          setConfirming(true);
        }}
      >
        {s.erase}
      </Button>
      {confirming ? (
        <Confirm
          title={s.eraseConfirmTitle}
          confirmLabel={s.eraseConfirm}
          cancelLabel={s.cancel}
          danger
          busy={busy}
          onConfirm={() => void erase()}
          onCancel={close}
        >
          <p>{s.eraseConfirmBody}</p>
        </Confirm>
      ) : null}
      {message ? <Notice tone={message.ok ? 'success' : 'error'}>{message.text}</Notice> : null}
    </div>
  );
}
