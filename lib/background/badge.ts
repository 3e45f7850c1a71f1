import { browser } from 'wxt/browser';
import { hasActiveBreach, nextBreachAt } from '../cases/sla';
import { getDb } from '../db';
import { getEscalationSettings } from '../settings/escalation-settings';

/**
 * The toolbar badge: its text is the number of cases not yet resolved or
 * ignored (open + escalated), empty at zero (product.md §8). Alerts — an SLA
 * breach or a spike of negative mentions — change its colour, never its text.
 * Recomputed on start, on every case change, and by an alarm, so it stays
 * right across service-worker restarts.
 */

export const BADGE_ALARM = 'earshot-badge';
const NORMAL = '#1d4ed8';
const ALERT = '#d92d20';

export interface BadgeState {
  text: string;
  color: string;
  breached: boolean;
}

/** Pure: what the badge shows for a set of active cases. */
export function badgeFor(activeCount: number, breached: boolean, spiking: boolean): BadgeState {
  return { text: activeCount > 0 ? String(activeCount) : '', color: breached || spiking ? ALERT : NORMAL, breached };
}

let spikeAlert = false;

/** Set by the spike check; only the colour reflects it. */
export function setSpikeAlert(on: boolean): void {
  spikeAlert = on;
}

export async function refreshBadge(now = new Date()): Promise<BadgeState> {
  const [active, settings] = await Promise.all([
    getDb().cases.where('state').anyOf('open', 'escalated').toArray(),
    getEscalationSettings(),
  ]);
  const policy = settings.categories.map((c) => ({ name: c.name, slaHours: c.slaHours }));
  const state = badgeFor(active.length, hasActiveBreach(active, now, policy), spikeAlert);
  // Firefox's MV2 build has browserAction instead of action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: state.text });
  await action.setBadgeBackgroundColor({ color: state.color });
  // Wake up exactly when the next case would breach, so the colour turns on time.
  const next = nextBreachAt(active, now, policy);
  if (next) await browser.alarms.create(`${BADGE_ALARM}:breach`, { when: Math.max(next.getTime(), Date.now() + 1000) });
  return state;
}

export function registerBadge(): void {
  // A periodic check as well: cases may change in the options page while the worker sleeps.
  void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(BADGE_ALARM)) void refreshBadge();
  });
  void refreshBadge();
}
