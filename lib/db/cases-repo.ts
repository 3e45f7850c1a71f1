import { maxCaseNumber, nextCaseNumber, formatCaseId } from '../cases/case-id';
import { DEFAULT_CATEGORY } from '../cases/sla';
import { isActive, transition } from '../cases/transitions';
import type { Site, StoredPost } from '../model/types';
import type { CaseState, EarshotDb, StoredCase } from './schema';

/** Last case number issued. Kept apart from the table so a deleted case's id is never handed out again. */
export const CASE_COUNTER_KEY = 'caseCounter';

/** Thrown when a case id does not exist (e.g. deleted in another tab). */
export class CaseNotFoundError extends Error {
  override readonly name = 'CaseNotFoundError';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} no longer exists.`);
  }
}

/**
 * Issues the next "C-<n>" id and records it, in one transaction (joins the
 * caller's when there is one). The counter is also checked against the ids
 * in the table, because imported and migrated cases do not move the counter.
 */
export async function nextCaseId(db: EarshotDb): Promise<string> {
  return db.transaction('rw', db.cases, db.meta, async () => {
    const counter = (await db.meta.get(CASE_COUNTER_KEY))?.value;
    const inTable = maxCaseNumber(await db.cases.toCollection().primaryKeys());
    const n = nextCaseNumber(Math.max(Number.isSafeInteger(counter) ? (counter as number) : 0, inTable ?? 0));
    await db.meta.put({ key: CASE_COUNTER_KEY, value: n });
    return formatCaseId(n);
  });
}

/**
 * Makes `post` a case, or returns the case it already has: one case per
 * [site+postId], so pressing Escalate twice (or in two tabs) never opens two.
 * The post's text, author and kind are copied so the case outlives retention pruning.
 */
export async function openCaseForPost(
  db: EarshotDb,
  post: StoredPost,
  { category, at = new Date() }: { category?: string; at?: Date } = {},
): Promise<StoredCase> {
  return db.transaction('rw', db.cases, db.meta, async () => {
    const existing = await getCaseForPost(db, post.site, post.postId);
    if (existing) return existing;
    const openedAt = at.toISOString();
    const c: StoredCase = {
      id: await nextCaseId(db),
      site: post.site,
      postId: post.postId,
      url: post.url,
      state: 'open',
      // The backup format caps categories at 100 characters.
      category: category?.trim().slice(0, 100) || DEFAULT_CATEGORY,
      openedAt,
      resolvedAt: null,
      author: post.author,
      text: post.text,
      kind: post.kind,
      history: [{ at: openedAt, state: 'open' }],
    };
    await db.cases.add(c);
    return c;
  });
}

export async function getCaseForPost(db: EarshotDb, site: Site, postId: string): Promise<StoredCase | undefined> {
  return db.cases.where('[site+postId]').equals([site, postId]).first();
}

/** Cases in the given states (all when omitted) and site, oldest first: the oldest is closest to its SLA. */
export async function listCases(
  db: EarshotDb,
  { states, site }: { states?: readonly CaseState[]; site?: Site } = {},
): Promise<StoredCase[]> {
  const rows = states ? await db.cases.where('state').anyOf([...states]).toArray() : await db.cases.toArray();
  return rows
    .filter((c) => site === undefined || c.site === site)
    .sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Moves one case (see lib/cases/transitions.ts for what is allowed) and saves
 * it in one transaction, so two tabs acting at once cannot both "resolve" it.
 * Throws CaseNotFoundError or CaseTransitionError; nothing is written then.
 */
export async function updateCaseState(
  db: EarshotDb,
  id: string,
  to: CaseState,
  note?: string,
  at: Date = new Date(),
): Promise<StoredCase> {
  return db.transaction('rw', db.cases, async () => {
    const c = await db.cases.get(id);
    if (!c) throw new CaseNotFoundError(id);
    const next = transition(c, to, { at, ...(note !== undefined && { note }) });
    await db.cases.put(next);
    return next;
  });
}

/**
 * "Resolve all selected": resolves every open or escalated case among `ids`
 * in one transaction. Cases already resolved or ignored, and unknown ids, are
 * skipped (a selection may be stale). Returns the cases it resolved.
 */
export async function bulkResolve(
  db: EarshotDb,
  ids: readonly string[],
  { at = new Date(), note }: { at?: Date; note?: string } = {},
): Promise<StoredCase[]> {
  return db.transaction('rw', db.cases, async () => {
    const found = await db.cases.bulkGet([...new Set(ids)]);
    const resolved = found
      .filter((c): c is StoredCase => c !== undefined && isActive(c))
      .map((c) => transition(c, 'resolved', { at, ...(note !== undefined && { note }) }));
    await db.cases.bulkPut(resolved);
    return resolved;
  });
}
