import { buildEscalation } from '../cases/escalation';
import { getDb } from '../db';
import { getCaseForPost, openCaseForPost, updateCaseState } from '../db/cases-repo';
import type { CaseState, StoredCase } from '../db/schema';
import type { CaseActionRequest, CaseActionResult, PostStatus, SeenPost } from '../messaging/protocol';
import type { Site } from '../model/types';
import { getEscalationSettings } from '../settings/escalation-settings';
import { refreshBadge } from './badge';

/**
 * Cases, background side: issues become cases when first seen; the chip's
 * Escalate / Resolve act on them; the badge follows every change.
 */

const summary = (c: StoredCase): NonNullable<PostStatus['case']> => ({ id: c.id, state: c.state, category: c.category });

export async function getPostStatus(site: Site, postId: string): Promise<PostStatus> {
  const db = getDb();
  const [c, replies] = await Promise.all([
    getCaseForPost(db, site, postId),
    db.events.where('[site+postId]').equals([site, postId]).filter((e) => e.type === 'reply').count(),
  ]);
  return { case: c ? summary(c) : null, replied: replies > 0 };
}

/** Every mention classified as an issue opens a case (product.md §4); idempotent per post. */
export async function openCasesForIssues(posts: SeenPost[]): Promise<void> {
  const db = getDb();
  let opened = false;
  for (const seen of posts) {
    if (seen.role !== 'mention' || seen.classification.kind !== 'issue') continue;
    const stored = await db.posts.get([seen.data.site, seen.data.postId]);
    if (!stored || stored.kind !== 'issue') continue;
    if (!(await getCaseForPost(db, stored.site, stored.postId))) {
      await openCaseForPost(db, stored, { at: new Date(stored.firstSeenAt) });
      opened = true;
    }
  }
  if (opened) await refreshBadge();
}

const TARGET_STATE: Record<CaseActionRequest['action'], CaseState> = {
  escalate: 'escalated',
  resolve: 'resolved',
  ignore: 'ignored',
  reopen: 'open',
};

export async function runCaseAction(request: CaseActionRequest): Promise<CaseActionResult> {
  const db = getDb();
  const post = await db.posts.get([request.site, request.postId]);
  let c = await getCaseForPost(db, request.site, request.postId);
  if (!c) {
    if (!post) return { ok: false, message: 'Earshot has not stored this post yet: try again in a moment.' };
    c = await openCaseForPost(db, post, { category: request.category });
  }
  const to = TARGET_STATE[request.action];
  const settings = await getEscalationSettings();
  const category = request.category ?? c.category;
  const contact = settings.categories.find((k) => k.name === category);
  if (c.state !== to) {
    const note = request.action === 'escalate' ? `Escalated to ${category}${contact?.email ? ` (${contact.email})` : ''}` : undefined;
    try {
      if (request.action === 'escalate' && category !== c.category) await db.cases.update(c.id, { category });
      c = await updateCaseState(db, c.id, to, note);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error), case: summary(c) };
    }
  }
  await refreshBadge();
  if (request.action !== 'escalate') return { ok: true, case: summary(c) };
  const escalation = buildEscalation(
    c,
    { author: post?.author ?? c.author ?? '', handle: post?.handle ?? null, url: post?.url ?? c.url, text: post?.text ?? c.text ?? '', kind: post?.kind ?? c.kind ?? 'issue', reasons: post?.reasons ?? [] },
    { name: contact?.contactName ?? '', email: contact?.email ?? '', category },
  );
  return { ok: true, case: summary(c), escalation: { ...escalation, hasEmail: Boolean(contact?.email) } };
}
