/**
 * Test-only: a small, hand-checked data set written through the real repos
 * (so whatever the loader reads, aggregates included, is maintained as in
 * the product), dated relative to the real clock. Days are whole days ago
 * at the current time of day, far from the period edges: 1–3 days ago is
 * in the last 7 days, 9–10 days ago in the 7 before, 20 days ago only in 30.
 */
import type { SeenPost } from '@/lib/messaging/protocol';
import type { PostKind, Site } from '@/lib/model/types';
import { recordSeenPosts } from '@/lib/db/record-posts';
import type { EarshotDb, StoredCase } from '@/lib/db/schema';

const DAY = 86_400_000;
const HOUR = 3_600_000;
export const ago = (days: number, hours = 0): string => new Date(Date.now() - days * DAY - hours * HOUR).toISOString();

interface PostSpec {
  site: Site;
  id: string;
  daysAgo: number;
  kind?: PostKind;
  role?: SeenPost['role'];
  sentiment?: number;
  /** Posted this many hours before it was first seen (null: the page showed "3h"). */
  postedHoursBefore?: number;
}

export function seen({ site, id, daysAgo, kind = 'other', role = 'mention', sentiment = 0, postedHoursBefore }: PostSpec): SeenPost {
  const seenAt = ago(daysAgo);
  return {
    data: {
      site,
      postId: id,
      url: `https://example.test/${site}/${id}`,
      author: `Author ${id}`,
      handle: null,
      text: `Northwind Coffee ${id}`,
      postedAt: postedHoursBefore === undefined ? null : new Date(Date.parse(seenAt) - postedHoursBefore * HOUR).toISOString(),
      isComment: false,
      isOwn: role === 'own',
      isPromoted: false,
    },
    matches: role === 'own' ? [] : [{ termText: 'Northwind Coffee', kind: role === 'competitor' ? 'competitor' : 'brand' }],
    classification: { kind, sentiment, urgency: 0, reasons: [] },
    role,
    seenAt,
  };
}

export async function addReply(db: EarshotDb, site: Site, postId: string, at: string): Promise<void> {
  await db.events.put({ id: `reply:${site}:${postId}:test`, type: 'reply', site, postId, at, data: { url: null, template: null } });
}

export function kase(id: string, site: Site, postId: string, state: StoredCase['state'], openedDaysAgo: number): StoredCase {
  const openedAt = ago(openedDaysAgo);
  const closed = state === 'resolved' || state === 'ignored';
  return {
    id,
    site,
    postId,
    url: `https://example.test/${site}/${postId}`,
    state,
    category: 'Support',
    openedAt,
    resolvedAt: closed ? ago(0, 1) : null,
    author: `Author ${postId}`,
    history: [{ at: openedAt, state }],
  };
}

/**
 * Last 7 days, all channels: Mentions 4 (X 2, LinkedIn 1, Facebook 1), Competitor 1, Needing response 2
 * (both X), Response rate 50%, Customer wait 3 h, Your reaction 1 h, Own posts 1, Open issues 2.
 * The 7 days before: Mentions 2 (so "up 100%"). Last 30 days: Mentions 7, Needing response 3.
 */
export async function seedScorecard(db: EarshotDb): Promise<void> {
  await recordSeenPosts(db, [
    seen({ site: 'x', id: 'm1', daysAgo: 2, kind: 'issue', sentiment: -0.6, postedHoursBefore: 2 }),
    seen({ site: 'x', id: 'm2', daysAgo: 2, kind: 'question' }),
    seen({ site: 'linkedin', id: 'm3', daysAgo: 2, kind: 'praise', sentiment: 0.8 }),
    seen({ site: 'facebook', id: 'm4', daysAgo: 3 }),
    seen({ site: 'x', id: 'c1', daysAgo: 2, role: 'competitor' }),
    seen({ site: 'linkedin', id: 'o1', daysAgo: 1, role: 'own' }),
    seen({ site: 'x', id: 'p1', daysAgo: 9 }),
    seen({ site: 'x', id: 'p2', daysAgo: 10 }),
    seen({ site: 'facebook', id: 'f20', daysAgo: 20, kind: 'issue', sentiment: -0.5 }),
  ]);
  await addReply(db, 'x', 'm1', ago(2, -1)); // one hour after it was first seen
  await db.cases.bulkPut([
    kase('C-1001', 'x', 'm1', 'open', 2),
    kase('C-1002', 'facebook', 'f20', 'escalated', 20),
    kase('C-1003', 'linkedin', 'm3', 'resolved', 2),
  ]);
}
