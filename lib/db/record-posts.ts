import type { RecordResult, SeenPost } from '../messaging/protocol';
import type { Site, StoredPost } from '../model/types';
import { applyPostWrites, dailyTimeZoneForWrite } from './daily-repo';
import { eventIds, type EarshotDb, type StoredEvent } from './schema';

type PostKey = [Site, string];
const keyString = (site: Site, postId: string) => `${site}\u0000${postId}`;

/**
 * Stores what the content scripts saw, in one transaction. Posts are keyed by
 * [site, postId], so a revisit, a re-render or a recycled element refreshes
 * the row instead of counting the post twice; `firstSeenAt` only ever moves
 * earlier. Events use deterministic ids, so a retried batch changes nothing.
 * The scorecard's aggregates (schema v3, lib/db/daily-repo.ts) move in the
 * same transaction: a new post adds to its day, a kind change moves it
 * between counters, a revisit writes nothing there.
 */
export async function recordSeenPosts(
  db: EarshotDb,
  posts: SeenPost[],
  now: Date = new Date(),
): Promise<RecordResult> {
  const nowIso = now.toISOString();
  // One row per post even when the batch repeats it; the later entry wins, the earliest sighting is kept.
  const batch = new Map<string, SeenPost>();
  for (const post of posts) {
    if (!post.data.postId) continue; // without an id we cannot promise "never counted twice"
    const k = keyString(post.data.site, post.data.postId);
    const prev = batch.get(k);
    batch.set(k, prev ? { ...post, seenAt: earliest(prev.seenAt, post.seenAt, nowIso) } : post);
  }
  const incoming = [...batch.values()];
  if (incoming.length === 0) return { created: 0, updated: 0 };

  return db.transaction('rw', [db.posts, db.events, db.daily, db.meta], async () => {
    const timeZone = await dailyTimeZoneForWrite(db);
    const keys: PostKey[] = incoming.map((p) => [p.data.site, p.data.postId]);
    const existing = await db.posts.bulkGet(keys);
    let created = 0;
    const rows: StoredPost[] = [];
    const events: StoredEvent[] = [];
    incoming.forEach((post, i) => {
      const old = existing[i];
      if (!old) created++;
      const row = toRow(post, old, nowIso);
      rows.push(row);
      events.push(...eventsFor(row, post, now));
    });
    await db.posts.bulkPut(rows);
    await db.events.bulkPut(events);
    await applyPostWrites(db, rows.map((after, i) => ({ before: existing[i], after })), timeZone);
    return { created, updated: incoming.length - created };
  });
}

function toRow(post: SeenPost, old: StoredPost | undefined, nowIso: string): StoredPost {
  const { data, classification } = post;
  const seen = earliest(post.seenAt, nowIso, nowIso);
  // A "…more"-truncated rendering saw only part of the text: keep a fuller earlier reading.
  const keepOldText = old !== undefined && data.truncated === true && old.truncated !== true;
  const terms = keepOldText ? old.terms : [...new Set(post.matches.map((m) => m.termText))];
  return {
    ...data,
    text: keepOldText ? old.text : data.text,
    truncated: keepOldText ? old.truncated : data.truncated,
    // Fields a later rendering may not show (e.g. "3h" instead of a date) keep the value read before.
    url: data.url ?? old?.url ?? null,
    handle: data.handle ?? old?.handle ?? null,
    postedAt: data.postedAt ?? old?.postedAt ?? null,
    engagement: data.engagement ?? old?.engagement ?? null,
    isOwn: post.role === 'own' || data.isOwn,
    competitor: post.role === 'competitor',
    terms,
    kind: classification.kind,
    sentiment: classification.sentiment,
    urgency: classification.urgency,
    reasons: classification.reasons,
    firstSeenAt: old ? earliest(old.firstSeenAt, seen, seen) : seen,
    lastSeenAt: old && old.lastSeenAt > nowIso ? old.lastSeenAt : nowIso,
  };
}

/** The post's 'seen' event, plus an engagement snapshot when an own post showed numbers this time. */
function eventsFor(row: StoredPost, post: SeenPost, now: Date): StoredEvent[] {
  const base = { site: row.site, postId: row.postId };
  const events: StoredEvent[] = [{ ...base, id: eventIds.seen(row.site, row.postId), type: 'seen', at: row.firstSeenAt }];
  const engagement = post.data.engagement;
  if (row.isOwn && engagement && hasNumbers(engagement)) {
    events.push({
      ...base,
      id: eventIds.engagement(row.site, row.postId, now),
      type: 'engagement',
      at: now.toISOString(),
      data: { engagement: { ...engagement } },
    });
  }
  return events;
}

const hasNumbers = (e: object) => Object.values(e).some((v) => typeof v === 'number');

/** The earlier of two ISO times; an unparsable value falls back to `fallback`. */
function earliest(a: string, b: string, fallback: string): string {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) && Number.isNaN(tb)) return fallback;
  if (Number.isNaN(ta)) return new Date(tb).toISOString();
  if (Number.isNaN(tb)) return new Date(ta).toISOString();
  return new Date(Math.min(ta, tb)).toISOString();
}
