import type { CaseHistoryEntry, CaseState, StoredCase } from '../db/schema';
import { cutText } from './text';

/**
 * The case life cycle (product.md §4): open → escalated → resolved | ignored,
 * with shortcuts open → resolved | ignored, and "reopen" (resolved | ignored →
 * open) for an issue that comes back. An escalated case never goes back to
 * plain open: once a colleague has it, it stays theirs until closed.
 * Pure: returns a new case, never edits the one given.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<CaseState, readonly CaseState[]>> = {
  open: ['escalated', 'resolved', 'ignored'],
  escalated: ['resolved', 'ignored'],
  resolved: ['open'],
  ignored: ['open'],
};

/** Notes are capped here because the backup format refuses history notes over 5,000 characters. */
export const MAX_NOTE_CHARS = 5000;

export type CaseTransitionErrorCode = 'invalid-transition' | 'same-state' | 'invalid-date';

/** Thrown for a move the life cycle does not allow; `message` is shown to the user as is. */
export class CaseTransitionError extends Error {
  override readonly name = 'CaseTransitionError';
  constructor(
    readonly code: CaseTransitionErrorCode,
    readonly caseId: string,
    readonly from: CaseState,
    readonly to: CaseState,
    message: string,
  ) {
    super(message);
  }
}

export interface TransitionOptions {
  /** When it happened (Date or ISO 8601); stored as UTC ISO. */
  at: Date | string;
  /** What happened, e.g. "Escalated to Billing (billing@northwind.example)". */
  note?: string;
}

/** Open or escalated: counted on the badge and still subject to the SLA. */
export function isActive(c: Pick<StoredCase, 'state'>): boolean {
  return c.state === 'open' || c.state === 'escalated';
}

export function canTransition(from: CaseState, to: CaseState): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** The verb for a move, for history and toasts: "Escalated", "Resolved", "Ignored", "Reopened". */
export function transitionVerb(from: CaseState, to: CaseState): string {
  if (to === 'open') return from === 'open' ? 'Opened' : 'Reopened';
  return to.charAt(0).toUpperCase() + to.slice(1);
}

/**
 * Moves `c` to state `to`, appending a history entry. Resolving or ignoring
 * stamps `resolvedAt`; reopening clears it (the case is active again, so the
 * SLA clock runs from `openedAt` as before: a reopened issue is still late).
 */
export function transition(c: StoredCase, to: CaseState, { at, note }: TransitionOptions): StoredCase {
  if (c.state === to) {
    throw new CaseTransitionError('same-state', c.id, c.state, to, `Case ${c.id} is already ${c.state}.`);
  }
  if (!canTransition(c.state, to)) {
    const allowed = ALLOWED_TRANSITIONS[c.state].map((s) => (s === 'open' ? 'reopened' : s)).join(' or ');
    throw new CaseTransitionError(
      'invalid-transition', c.id, c.state, to,
      `Case ${c.id} is ${c.state} and cannot be ${to === 'open' ? 'reopened' : `marked ${to}`}; it can only be ${allowed}.`,
    );
  }
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) {
    throw new CaseTransitionError('invalid-date', c.id, c.state, to, `Case ${c.id}: "${String(at)}" is not a valid time.`);
  }
  const iso = time.toISOString();
  const entry: CaseHistoryEntry = { at: iso, state: to };
  const trimmed = note?.trim();
  if (trimmed) entry.note = cutText(trimmed, MAX_NOTE_CHARS);
  const closing = to === 'resolved' || to === 'ignored';
  return { ...c, state: to, resolvedAt: closing ? iso : null, history: [...c.history, entry] };
}
