import { defaultTimeZone } from '../kpi/periods';
import type { Site } from '../model/types';
import { getDailyTimeZone, rebuildDailyAggregates } from './daily-repo';
import type { EarshotDb } from './schema';

/**
 * Retention (product.md §6 "keep 1 year"): forgets what is older than the
 * cutoff, in one transaction (all or nothing, like import and erase).
 * - Posts first seen before the cutoff go, with every event of theirs
 *   (seen, replies, engagement snapshots).
 * - Cases that are closed (resolved or ignored) before the cutoff go too.
 * - Active cases are never touched, nor their posts: an issue still waiting
 *   is today's business however old it is, and Escalate needs its post.
 * - The daily aggregates are rebuilt from the posts left, so the scorecard
 *   (which reads them) agrees with the posts again.
 */

export interface PruneResult {
  posts: number;
  events: number;
  cases: number;
}

/** Stored times are UTC ISO (writers normalise), but an offset-carrying one must not slip through: widen, then filter. */
const WIDEN_MS = 15 * 3_600_000;

const before = (iso: string | null | undefined, cutoff: number): boolean => {
  if (!iso) return false;
  const t = Date.parse(iso);
  return !Number.isNaN(t) && t < cutoff;
};

export async function pruneOlderThan(db: EarshotDb, cutoff: Date): Promise<PruneResult> {
  const limit = cutoff.getTime();
  if (Number.isNaN(limit)) throw new RangeError('pruneOlderThan: the cutoff is not a date');
  const upper = new Date(limit + WIDEN_MS).toISOString();
  return db.transaction('rw', [db.posts, db.events, db.cases, db.daily, db.meta], async () => {
    const active = await db.cases.where('state').anyOf('open', 'escalated').toArray();
    const keep = new Set(active.map((c) => `${c.site}\u0000${c.postId}`));
    const oldPosts = await db.posts.where('firstSeenAt').below(upper).toArray();
    const doomed: [Site, string][] = oldPosts
      .filter((p) => before(p.firstSeenAt, limit) && !keep.has(`${p.site}\u0000${p.postId}`))
      .map((p) => [p.site, p.postId]);
    const eventIds = doomed.length ? await db.events.where('[site+postId]').anyOf(doomed).primaryKeys() : [];
    const closedCases = (await db.cases.where('resolvedAt').below(upper).toArray())
      .filter((c) => (c.state === 'resolved' || c.state === 'ignored') && before(c.resolvedAt, limit))
      .map((c) => c.id);
    await db.posts.bulkDelete(doomed);
    await db.events.bulkDelete(eventIds);
    await db.cases.bulkDelete(closedCases);
    if (doomed.length > 0) await rebuildDailyAggregates(db, (await getDailyTimeZone(db)) ?? defaultTimeZone());
    return { posts: doomed.length, events: eventIds.length, cases: closedCases.length };
  });
}
