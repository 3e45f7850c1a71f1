import { browser } from 'wxt/browser';
import { getDb } from '../db';
import { pruneOlderThan, type PruneResult } from '../db/prune';
import type { EarshotDb } from '../db/schema';
import { getRetentionMonths, retentionCutoff } from '../settings/retention';
import { ensureAlarm } from './ensure-alarm';

/**
 * Retention, background side (product.md §6): once a day, forget what is
 * older than the user's "Keep data for" choice. An alarm, because the
 * service worker sleeps; a day, because retention is counted in months.
 */
export const RETENTION_ALARM = 'earshot-retention';
const DAY_MINUTES = 24 * 60;

/** One run: null when the user keeps everything. */
export async function runRetention(db: EarshotDb = getDb(), now: Date = new Date()): Promise<PruneResult | null> {
  const cutoff = retentionCutoff(await getRetentionMonths(), now);
  return cutoff ? pruneOlderThan(db, cutoff) : null;
}

export function registerRetentionJob(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    // Nothing was written if it failed (one transaction); tomorrow's run tries again.
    runRetention().catch((error: unknown) => console.error('Earshot: retention run failed', error));
  });
  // First run a few minutes after start-up, away from the burst of work a browser start brings.
  void ensureAlarm(RETENTION_ALARM, DAY_MINUTES, 5);
}
