import { useEffect, useState } from 'react';
import { getRetentionMonths, RETENTION_CHOICES, retentionItem, saveRetentionMonths } from '@/lib/settings/retention';
import { Field } from '../ui/field';
import { errorText } from './error-text';
import { dataStrings as s } from './strings';

/** A select needs string values: "forever" stands for null (keep everything). */
const FOREVER = 'forever';
const toValue = (months: number | null) => (months === null ? FOREVER : String(months));
const fromValue = (value: string) => (value === FOREVER ? null : Number(value));

/**
 * "Keep data for" (product.md §6, default 1 year). Saved on change (sync
 * storage); the background prunes once a day, so the hint says what goes
 * and what always stays.
 */
export function RetentionSetting() {
  const [months, setMonths] = useState<number | null>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void getRetentionMonths().then((m) => {
        if (live) setMonths(m);
      });
    load();
    const unwatch = retentionItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  async function choose(next: number | null) {
    setMonths(next);
    try {
      await saveRetentionMonths(next);
      setError(null);
      setStatus(s.retentionSaved(next));
    } catch (e) {
      setError(s.retentionFailed(errorText(e)));
    }
  }

  return (
    <div>
      <Field label={s.retentionLabel} hint={s.retentionHint} error={error}>
        {(control) => (
          <select {...control} disabled={months === undefined} value={months === undefined ? '' : toValue(months)} onChange={(e) => void choose(fromValue(e.target.value))}>
            {months === undefined ? <option value="" /> : null}
            {RETENTION_CHOICES.map((m) => (
              <option key={toValue(m)} value={toValue(m)}>
                {s.retentionChoice(m)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p role="status" className="es-live">
        {status}
      </p>
    </div>
  );
}
