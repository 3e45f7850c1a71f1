import { bulkResolve, updateCaseState } from '@/lib/db/cases-repo';
import { escalateCase } from '@/lib/db/escalate-case';
import type { CaseState, StoredCase } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import { useDb } from '../options/db-context';

/**
 * The case list's writes, each followed by `casesChanged` so the background
 * recounts the badge at once (it would otherwise catch up within a minute,
 * on its alarm). The message is best-effort: a sleeping or reloading
 * service worker must not turn a saved change into an error.
 */
function notifyCasesChanged(): void {
  sendMessage('casesChanged', undefined).catch(() => {});
}

export interface CaseActions {
  move: (c: StoredCase, to: CaseState) => Promise<StoredCase>;
  /** Marks the case escalated to `category` (or just records the category when it already is escalated). */
  escalate: (c: StoredCase, category: string, note: string) => Promise<StoredCase>;
  resolveMany: (ids: readonly string[]) => Promise<StoredCase[]>;
}

export function useCaseActions(): CaseActions {
  const db = useDb();
  return {
    async move(c, to) {
      const next = await updateCaseState(db, c.id, to);
      notifyCasesChanged();
      return next;
    },
    async escalate(c, category, note) {
      const next = await escalateCase(db, c.id, category, note);
      notifyCasesChanged();
      return next;
    },
    async resolveMany(ids) {
      const resolved = await bulkResolve(db, ids);
      notifyCasesChanged();
      return resolved;
    },
  };
}
