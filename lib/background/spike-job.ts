import { browser } from 'wxt/browser';
import { BASELINE_DAYS, detectSpike, type SpikeResult } from '../cases/spike';
import { getDb } from '../db';
import type { EarshotDb } from '../db/schema';
import type { StoredPost } from '../model/types';
import { getSpikeState, spikeStateItem, type SpikeState } from '../settings/spike-state';
import { ALERT_ICON_URL } from './alert-icon';
import { refreshBadge, setSpikeAlert } from './badge';
import { ensureAlarm } from './ensure-alarm';

/**
 * Spike alert (product.md §4–5, "alerts change the badge's colour or
 * notify"): every 15 minutes, are negative mentions unusually frequent?
 * The rule is lib/cases/spike.ts; this job feeds it, keeps the result for
 * the popup's banner, colours the badge, and notifies once when a spike
 * starts (not every 15 minutes while it lasts).
 */
export const SPIKE_ALARM = 'earshot-spike';
export const SPIKE_NOTIFICATION_ID = 'earshot-spike';
/** The classifier's neutral band is ±0.05 (VADER's convention): below it a mention is negative. */
export const NEGATIVE_BELOW = -0.05;
const DAY_MS = 86_400_000;
/** Any UTC offset in a stored time is within 15 h: widen the index range, detectSpike filters exactly. */
const WIDEN_MS = 15 * 3_600_000;

/** Pure: when each negative mention by someone else was first seen (competitor and own posts are not about us). */
export function negativeMentionTimes(posts: readonly StoredPost[]): string[] {
  return posts.filter((p) => !p.competitor && !p.isOwn && p.sentiment < NEGATIVE_BELOW).map((p) => p.firstSeenAt);
}

/** Pure: the state to keep, and whether to notify (only when the alert turns on). */
export function nextSpikeState(result: SpikeResult, previous: SpikeState | null, now: Date): { state: SpikeState; notify: boolean } {
  const wasOn = previous?.spiking === true;
  const state: SpikeState = {
    spiking: result.spiking,
    explanation: result.explanation,
    last24h: result.last24h,
    threshold: result.threshold,
    checkedAt: now.toISOString(),
    since: result.spiking ? (wasOn && previous?.since ? previous.since : now.toISOString()) : null,
  };
  return { state, notify: result.spiking && !wasOn };
}

/** One check: reads the last 8 days of posts, stores the result, updates the badge, notifies on a new spike. */
export async function runSpikeCheck(db: EarshotDb = getDb(), now: Date = new Date()): Promise<SpikeState> {
  const from = new Date(now.getTime() - (BASELINE_DAYS + 1) * DAY_MS - WIDEN_MS).toISOString();
  const posts = await db.posts.where('firstSeenAt').aboveOrEqual(from).toArray();
  const result = detectSpike(negativeMentionTimes(posts), now);
  const { state, notify } = nextSpikeState(result, await getSpikeState(), now);
  await spikeStateItem.setValue(state);
  setSpikeAlert(state.spiking);
  await refreshBadge(now);
  if (notify) {
    await browser.notifications.create(SPIKE_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: ALERT_ICON_URL,
      title: 'Earshot: negative mentions are spiking',
      message: state.explanation,
    });
  }
  return state;
}

export function registerSpikeJob(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SPIKE_ALARM) return;
    runSpikeCheck().catch((error: unknown) => console.error('Earshot: spike check failed', error));
  });
  // The badge's spike flag lives in the worker's memory: restore it from the last check on every start.
  void getSpikeState().then((last) => {
    if (!last?.spiking) return;
    setSpikeAlert(true);
    return refreshBadge();
  });
  // A click on the notification opens the dashboard, where the negative mentions are.
  browser.notifications?.onClicked.addListener((id) => {
    if (id === SPIKE_NOTIFICATION_ID) void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#dashboard` });
  });
  void ensureAlarm(SPIKE_ALARM, 15);
}
