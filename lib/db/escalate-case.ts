import type { StoredPost } from '../model/types';
import { CaseNotFoundError, updateCaseState } from './cases-repo';
import type { EarshotDb, StoredCase } from './schema';

/**
 * Escalate from an extension page (the dashboard's case list): record the
 * category chosen and, when the case is still open, move it to escalated
 * with a note, in one transaction (both land or neither). A case already
 * escalated only takes the new category: it is with a colleague already,
 * and its history should not say "escalated" twice. Throws
 * CaseNotFoundError, or CaseTransitionError for a closed case.
 */
export async function escalateCase(db: EarshotDb, id: string, category: string, note: string, at: Date = new Date()): Promise<StoredCase> {
  // The backup format caps categories at 100 characters (as openCaseForPost does).
  const name = category.trim().slice(0, 100);
  return db.transaction('rw', db.cases, async () => {
    const current = await db.cases.get(id);
    if (!current) throw new CaseNotFoundError(id);
    if (name && name !== current.category) await db.cases.update(id, { category: name });
    if (current.state === 'escalated') return { ...current, category: name || current.category };
    return updateCaseState(db, id, 'escalated', note, at);
  });
}

/** The stored post behind a case (its handle and the classifier's reasons go into the e-mail); undefined once pruned. */
export function getCasePost(db: EarshotDb, c: Pick<StoredCase, 'site' | 'postId'>): Promise<StoredPost | undefined> {
  return db.posts.get([c.site, c.postId]);
}
