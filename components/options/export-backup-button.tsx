import { useState } from 'react';
import { backupFileName, exportBackup, serializeBackup } from '@/lib/backup/export-backup';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { useDb } from './db-context';
import { downloadFile } from './download-file';
import { errorText } from './error-text';
import { strings } from './strings';

/**
 * "Export backup": reads everything in one go and hands the browser a JSON
 * file. The button keeps its name while working (aria-disabled, not
 * disabled) so focus stays on it and automated checks find it by name.
 */
export function ExportBackupButton() {
  const s = strings.backup;
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run() {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const file = await exportBackup(db);
      const fileName = backupFileName(new Date());
      downloadFile(serializeBackup(file), fileName, 'application/json');
      setMessage({ ok: true, text: s.exported(fileName) });
    } catch (error) {
      setMessage({ ok: false, text: s.exportFailed(errorText(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <Button tone="primary" aria-disabled={busy || undefined} onClick={() => void run()}>
        {s.export}
      </Button>
      {message ? <Notice tone={message.ok ? 'success' : 'error'}>{message.text}</Notice> : null}
    </div>
  );
}
