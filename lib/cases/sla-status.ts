import type { StoredCase } from '../db/schema';
import { isBreached, slaDeadline, type SlaPolicy } from './sla';
import { isActive } from './transitions';

/**
 * Where a case stands against its SLA, as data for a label ("due in 5 h",
 * "breached 3 h ago", "resolved in time"); the words live with the UI. The
 * case list, the brief and anything else that shows a case use this one
 * reading, so they never disagree with the badge (which uses lib/cases/sla).
 */
export type SlaStatusKind = 'due' | 'breached' | 'met' | 'late' | 'none';

export interface SlaStatus {
  kind: SlaStatusKind;
  deadline: Date | null;
  /** due: time left; breached: time since the deadline; otherwise 0. */
  ms: number;
}

type SlaCase = Pick<StoredCase, 'state' | 'category' | 'openedAt' | 'resolvedAt'>;

export function slaStatus(c: SlaCase, now: Date, policy: SlaPolicy): SlaStatus {
  const deadline = slaDeadline(c, policy);
  // Ignored cases had no service level (see isBreached); an unreadable openedAt has no deadline.
  if (!deadline || c.state === 'ignored') return { kind: 'none', deadline, ms: 0 };
  const breached = isBreached(c, now, policy);
  if (!isActive(c)) return { kind: breached ? 'late' : 'met', deadline, ms: 0 };
  const left = deadline.getTime() - now.getTime();
  return breached ? { kind: 'breached', deadline, ms: -left } : { kind: 'due', deadline, ms: Math.max(0, left) };
}

/** Most urgent first: the furthest past its deadline, then the soonest due; no deadline last; then oldest, then id. */
export function byUrgency(policy: SlaPolicy): (a: StoredCase, b: StoredCase) => number {
  const due = (c: StoredCase) => slaDeadline(c, policy)?.getTime() ?? Number.POSITIVE_INFINITY;
  return (a, b) => due(a) - due(b) || (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
