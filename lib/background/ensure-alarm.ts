import { browser } from 'wxt/browser';

/**
 * Creates a periodic alarm only when it does not exist yet. The service
 * worker restarts often (the badge alarm wakes it every minute), and
 * alarms.create with an existing name reschedules it: a daily job created
 * on every start would keep being pushed back and never fire.
 */
export async function ensureAlarm(name: string, periodInMinutes: number, delayInMinutes = 1): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(name, { periodInMinutes, delayInMinutes });
}
