import { useState } from 'react';
import { CSV_EXPORTS, csvFileName, type CsvKind } from '@/lib/export/csv-from-db';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { useDb } from './db-context';
import { downloadFile } from './download-file';
import { errorText } from './error-text';
import { dataStrings as s } from './strings';

const KINDS: CsvKind[] = ['mentions', 'replies', 'cases'];

/**
 * "Spreadsheets (CSV)": mentions, replies and cases, one file each
 * (product.md §6). The text already starts with a UTF-8 BOM (lib/export/csv.ts),
 * which is what makes Excel read it as UTF-8; the Blob keeps it.
 */
export function CsvExports() {
  const db = useDb();
  const [busy, setBusy] = useState<CsvKind | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(kind: CsvKind) {
    if (busy) return;
    setBusy(kind);
    setMessage(null);
    try {
      const text = await CSV_EXPORTS[kind](db);
      const fileName = csvFileName(kind, new Date());
      downloadFile(text, fileName, 'text/csv;charset=utf-8');
      setMessage({ ok: true, text: s.csvSaved(fileName) });
    } catch (error) {
      setMessage({ ok: false, text: s.csvFailed(errorText(error)) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div>
      <div className="es-actions">
        {KINDS.map((kind) => (
          // aria-disabled, not disabled: the button keeps focus while its file is made.
          <Button key={kind} aria-disabled={busy === kind || undefined} onClick={() => void run(kind)}>
            {s.csv[kind]}
          </Button>
        ))}
      </div>
      {message ? <Notice tone={message.ok ? 'success' : 'error'}>{message.text}</Notice> : null}
    </div>
  );
}
