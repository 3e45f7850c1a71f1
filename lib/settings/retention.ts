import { storage } from 'wxt/utils/storage';

/**
 * How long Earshot keeps mentions and their events (product.md §6: "Data
 * retention setting (default keep 1 year)"). A small setting, so it syncs.
 * Stored as `{ months }` rather than a bare number | null: WXT storage treats
 * a stored null as "no value" and would hand back the 1-year fallback, so
 * "forever" could never be saved.
 */
export interface RetentionSetting {
  /** Keep this many months; null = forever. */
  months: number | null;
}

export const RETENTION_CHOICES: readonly (number | null)[] = [3, 6, 12, 24, null];
export const DEFAULT_RETENTION_MONTHS = 12;

export const retentionItem = storage.defineItem<RetentionSetting>('sync:retention', {
  fallback: { months: DEFAULT_RETENTION_MONTHS },
});

/** The saved choice; anything not offered (written by hand, another version) reads as the default. */
export async function getRetentionMonths(): Promise<number | null> {
  const value: unknown = await retentionItem.getValue();
  const months = value && typeof value === 'object' && 'months' in value ? (value as RetentionSetting).months : undefined;
  return months !== undefined && RETENTION_CHOICES.includes(months) ? months : DEFAULT_RETENTION_MONTHS;
}

export async function saveRetentionMonths(months: number | null): Promise<void> {
  if (!RETENTION_CHOICES.includes(months)) throw new RangeError(`Not a retention choice: ${String(months)}`);
  await retentionItem.setValue({ months });
}

/**
 * The first instant kept: `months` calendar months before `now` (1 year on
 * 15 March keeps from 15 March last year), clamped to the month's last day
 * (31 May − 3 months = 28/29 February). Null: keep everything.
 */
export function retentionCutoff(months: number | null, now: Date): Date | null {
  if (months === null) return null;
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}
