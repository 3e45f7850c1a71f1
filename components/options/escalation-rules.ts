import type { EscalationCategory } from '@/lib/settings/escalation-settings';
import { escalationStrings } from './strings';

const e = escalationStrings.errors;

/** One row as typed: the SLA stays text until saved, so "" and "abc" can be shown and explained. */
export interface CategoryDraft {
  key: string;
  name: string;
  sla: string;
  contactName: string;
  email: string;
}

export type CategoryErrors = Partial<Record<'name' | 'sla' | 'contactName' | 'email', string>>;

export const MIN_SLA_HOURS = 1;
/** 30 days: a longer "service level" is no service level. */
export const MAX_SLA_HOURS = 720;
/** escalationItem lives in sync storage (8 kB per item): ~120 bytes a category leaves room for this many. */
export const MAX_CATEGORIES = 30;
/** The mailto builder (lib/cases/escalation.ts) drops any address this pattern refuses; refuse it here first. */
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

export function toDraft(c: EscalationCategory, key: string): CategoryDraft {
  return { key, name: c.name, sla: String(c.slaHours), contactName: c.contactName, email: c.email };
}

/** Per row, what is wrong (empty object = fine); plus a list-level problem (none, too many). */
export function validateCategories(rows: readonly CategoryDraft[]): { rows: CategoryErrors[]; list: string | null } {
  const names = rows.map((r) => r.name.trim().toLowerCase());
  const errors = rows.map((r, i): CategoryErrors => {
    const out: CategoryErrors = {};
    const name = r.name.trim();
    if (!name) out.name = e.nameRequired;
    else if (name.length > 100) out.name = e.nameTooLong;
    else if (names.indexOf(name.toLowerCase()) !== i) out.name = e.nameTaken(name);
    const sla = Number(r.sla.trim());
    if (!r.sla.trim() || !Number.isFinite(sla) || sla < MIN_SLA_HOURS || sla > MAX_SLA_HOURS) out.sla = e.slaNumber;
    if (r.contactName.trim().length > 100) out.contactName = e.contactTooLong;
    if (r.email.trim() && !EMAIL.test(r.email.trim())) out.email = e.email;
    return out;
  });
  const list = rows.length === 0 ? e.none : rows.length > MAX_CATEGORIES ? e.tooMany(MAX_CATEGORIES) : null;
  return { rows: errors, list };
}

/** The rows as settings (call only when validateCategories found nothing). */
export function fromDrafts(rows: readonly CategoryDraft[]): EscalationCategory[] {
  return rows.map((r) => ({ name: r.name.trim(), slaHours: Number(r.sla.trim()), contactName: r.contactName.trim(), email: r.email.trim() }));
}

export const countErrors = (v: ReturnType<typeof validateCategories>): number =>
  v.rows.reduce((n, r) => n + Object.keys(r).length, 0) + (v.list ? 1 : 0);
