import type { StoredCase } from '../db/schema';
import { isActive } from './transitions';

/**
 * Service levels per escalation category (product.md §4: "an SLA, default
 * 24 h, per category"). The clock runs from `openedAt` (when Earshot made the
 * post a case) to `resolvedAt`, in wall-clock hours: social media does not
 * keep office hours, and a complaint left over a weekend is still seen by everyone.
 */

export interface CaseCategory {
  name: string;
  slaHours: number;
}

export const DEFAULT_SLA_HOURS = 24;

/**
 * The defaults offered on first run; users edit them in the options.
 * - Support 24 h, Billing 24 h: the product-wide default; a customer's money or order within a day.
 * - PR 4 h: reputational issues (a journalist, a viral complaint, a safety claim) spread within hours.
 * - Product 72 h: bug reports and feature gaps need a product answer, not a same-day fix.
 */
export const DEFAULT_CATEGORIES: readonly CaseCategory[] = [
  { name: 'Support', slaHours: 24 },
  { name: 'Billing', slaHours: 24 },
  { name: 'PR', slaHours: 4 },
  { name: 'Product', slaHours: 72 },
];

/** The category a new case gets when the user picks none. */
export const DEFAULT_CATEGORY = 'Support';

/** One number for every category, or the category list (unknown categories get DEFAULT_SLA_HOURS). */
export type SlaPolicy = number | readonly CaseCategory[];

type SlaCase = Pick<StoredCase, 'state' | 'category' | 'openedAt' | 'resolvedAt'>;

const HOUR_MS = 3_600_000;

/** Hours allowed for `category`; matched case-insensitively. Zero, negative or non-numbers fall back to 24. */
export function slaHoursFor(policy: SlaPolicy, category: string): number {
  const hours =
    typeof policy === 'number'
      ? policy
      : policy.find((c) => c.name.trim().toLowerCase() === category.trim().toLowerCase())?.slaHours;
  return typeof hours === 'number' && Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_SLA_HOURS;
}

/** When the case must be resolved by; null when `openedAt` is not a date. */
export function slaDeadline(c: SlaCase, policy: SlaPolicy = DEFAULT_SLA_HOURS): Date | null {
  const opened = Date.parse(c.openedAt);
  return Number.isNaN(opened) ? null : new Date(opened + slaHoursFor(policy, c.category) * HOUR_MS);
}

/**
 * Breached: still active after the deadline, or resolved after it. Ignored
 * cases never count: ignoring says "not an issue for us", so no service level
 * applied. Exactly at the deadline is still on time.
 */
export function isBreached(c: SlaCase, now: Date, policy: SlaPolicy = DEFAULT_SLA_HOURS): boolean {
  const deadline = slaDeadline(c, policy)?.getTime();
  if (deadline === undefined) return false;
  if (isActive(c)) return now.getTime() > deadline;
  if (c.state !== 'resolved' || !c.resolvedAt) return false;
  const resolved = Date.parse(c.resolvedAt);
  return !Number.isNaN(resolved) && resolved > deadline;
}

/** True when any open or escalated case is past its deadline: the badge turns red. */
export function hasActiveBreach(cases: readonly SlaCase[], now: Date, policy: SlaPolicy = DEFAULT_SLA_HOURS): boolean {
  return cases.some((c) => isActive(c) && isBreached(c, now, policy));
}

/**
 * The next moment an active case will breach (strictly after `now`), for
 * scheduling one alarm; null when no active case has a deadline ahead.
 * Cases already breached are left out: their alarm has fired.
 */
export function nextBreachAt(cases: readonly SlaCase[], now: Date, policy: SlaPolicy = DEFAULT_SLA_HOURS): Date | null {
  let next: number | null = null;
  for (const c of cases) {
    if (!isActive(c)) continue;
    const deadline = slaDeadline(c, policy)?.getTime();
    if (deadline !== undefined && deadline > now.getTime() && (next === null || deadline < next)) next = deadline;
  }
  return next === null ? null : new Date(next);
}
