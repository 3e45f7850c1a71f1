import Dexie from 'dexie';
import { aggregateKey, aggregateKeysFor, aggregatePosts, applyPostToAggregates, type AggregateMap, type DailyAggregate } from '../kpi/daily-aggregates';
import { isOwnPost } from '../kpi/metrics';
import { defaultTimeZone } from '../kpi/periods';
import type { Site, StoredPost } from '../model/types';
import {
  DAILY_TIME_ZONE_KEY,
  EARLY_REPLIES_KEY,
  earlyReplyRefs,
  OWN_POSTS_KEY,
  ownPostRefs,
  type EarshotDb,
  type PostRef,
} from './schema';
import { outsideLiveQuery } from './outside-live-query';

export { DAILY_TIME_ZONE_KEY, EARLY_REPLIES_KEY, OWN_POSTS_KEY };

/**
 * What the scorecard reads instead of the posts (schema v3), kept by every
 * writer of `posts` inside its own transaction:
 * - `daily` == aggregatePosts(posts, <meta DAILY_TIME_ZONE_KEY>): the count KPIs;
 * - meta OWN_POSTS_KEY: every own post (Engagement per post);
 * - meta EARLY_REPLIES_KEY: the posts with a reply from before they were first
 *   seen (a superset: entries may outlive the reason), so Response rate and
 *   the waits can read the replies of the period only.
 * Writers: recordSeenPosts (applyPostWrites, incremental); applyBackup and
 * pruneOlderThan (rebuild in their transaction); eraseAll (clears every table).
 * Replies are recorded for posts already seen (their time is after the
 * sighting), so a reply write never creates an early reply; a post stored
 * after its reply does, and recordSeenPosts checks that.
 */

/** The zone the stored rows are in; undefined on a fresh database (nothing written yet) or after erase. */
export function getDailyTimeZone(db: EarshotDb): Promise<string | undefined> {
  // A Dexie promise all the way (no async wrapper): awaiting it keeps a liveQuery's tracking.
  return db.meta.get(DAILY_TIME_ZONE_KEY).then((row) => (typeof row?.value === 'string' && row.value ? row.value : undefined));
}

/**
 * The zone a writer must use for incremental updates: the stored one, else
 * the runtime's, which it records (the table is empty then: a fresh database,
 * or just erased). Call inside a rw transaction covering `meta`.
 */
export async function dailyTimeZoneForWrite(db: EarshotDb): Promise<string> {
  const stored = await getDailyTimeZone(db);
  if (stored) return stored;
  const zone = defaultTimeZone();
  await db.meta.put({ key: DAILY_TIME_ZONE_KEY, value: zone });
  return zone;
}

/** A meta list of post refs; anything malformed reads as empty. */
export async function readPostRefs(db: EarshotDb, key: typeof OWN_POSTS_KEY | typeof EARLY_REPLIES_KEY): Promise<PostRef[]> {
  return postRefsOf((await db.meta.get(key))?.value);
}

export function postRefsOf(value: unknown): PostRef[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is PostRef => Array.isArray(r) && r.length === 3 && typeof r[0] === 'string' && typeof r[1] === 'string' && typeof r[2] === 'string',
  );
}

/**
 * Rebuilds everything above from the posts and replies (first run, import,
 * retention, time zone change), in one transaction (joins the caller's,
 * which must cover posts, events, daily and meta). Returns the daily row count.
 */
export async function rebuildDailyAggregates(db: EarshotDb, timeZone: string): Promise<number> {
  return db.transaction('rw', [db.posts, db.events, db.daily, db.meta], () => writeDailyAggregates(db, timeZone));
}

/** The rebuild itself, in the caller's transaction: for writers that keep to exactly one transaction (import). */
export async function writeDailyAggregates(db: EarshotDb, timeZone: string): Promise<number> {
  const [posts, replies] = await Promise.all([db.posts.toArray(), db.events.where('type').equals('reply').toArray()]);
  const byKey = new Map(posts.map((p) => [refKey(p.site, p.postId), p]));
  const rows = [...aggregatePosts(posts, timeZone).values()];
  await db.daily.clear();
  await db.daily.bulkPut(rows);
  await db.meta.bulkPut([
    { key: DAILY_TIME_ZONE_KEY, value: timeZone },
    { key: OWN_POSTS_KEY, value: ownPostRefs(posts) },
    { key: EARLY_REPLIES_KEY, value: earlyReplyRefs(replies, (site, postId) => byKey.get(refKey(site, postId))) },
  ]);
  return rows.length;
}

/**
 * Makes the rows local days of `timeZone`: rebuilds when the stored zone
 * differs (the user travelled, or the OS zone changed) or is missing.
 * Returns whether it rebuilt. The scorecard loader calls it first; it may run
 * inside a liveQuery (popup, dashboard), where Dexie refuses rw transactions,
 * so the rebuild itself runs outside that context.
 */
export async function ensureDailyTimeZone(db: EarshotDb, timeZone: string): Promise<boolean> {
  if ((await getDailyTimeZone(db)) === timeZone) return false;
  const rebuild = () =>
    db.transaction('rw', [db.posts, db.events, db.daily, db.meta], async () => {
      // Checked again in the transaction: another page may have rebuilt meanwhile.
      if ((await getDailyTimeZone(db)) === timeZone) return false;
      await writeDailyAggregates(db, timeZone);
      return true;
    });
  // Inside a caller's transaction, join it; otherwise leave whatever zone we are in (a liveQuery's).
  return Dexie.currentTransaction ? rebuild() : outsideLiveQuery(rebuild);
}

const refKey = (site: Site, postId: string): string => `${site}\u0000${postId}`;

const splitKey = (key: string): [string, Site] => {
  const bar = key.indexOf('|');
  return [key.slice(0, bar), key.slice(bar + 1) as Site];
};

/**
 * Incremental maintenance for a batch of post writes (before → after; each
 * post once). Call inside the transaction that writes the posts (it must
 * cover events, daily and meta). Reads only what the batch touches:
 * - daily: the rows of aggregateKeysFor; writes back the rows that moved,
 *   deletes those whose counters all reached 0 (a revisit writes nothing);
 * - own posts: the list, only when an own post is new, changes role or day;
 * - early replies: the replies already stored for the batch's new posts.
 */
export async function applyPostWrites(
  db: EarshotDb,
  changes: readonly { before: StoredPost | undefined; after: StoredPost }[],
  timeZone: string,
): Promise<void> {
  await Promise.all([applyDaily(db, changes, timeZone), applyOwnPosts(db, changes), applyEarlyReplies(db, changes)]);
}

async function applyDaily(db: EarshotDb, changes: readonly { before: StoredPost | undefined; after: StoredPost }[], timeZone: string): Promise<void> {
  const keys = [...new Set(changes.flatMap(({ before, after }) => aggregateKeysFor(before, after, timeZone)))];
  if (keys.length === 0) return;
  const loaded = await db.daily.bulkGet(keys.map(splitKey));
  const agg: AggregateMap = new Map();
  loaded.forEach((row) => row && agg.set(aggregateKey(row.day, row.site), { ...row }));
  const moved = new Set<string>();
  for (const { before, after } of changes) {
    for (const row of applyPostToAggregates(agg, before, after, timeZone)) moved.add(aggregateKey(row.day, row.site));
  }
  if (moved.size === 0) return;
  const puts: DailyAggregate[] = [];
  const deletes: [string, Site][] = [];
  for (const key of moved) {
    const row = agg.get(key);
    if (row) puts.push(row);
    else deletes.push(splitKey(key));
  }
  if (puts.length) await db.daily.bulkPut(puts);
  if (deletes.length) await db.daily.bulkDelete(deletes);
}

async function applyOwnPosts(db: EarshotDb, changes: readonly { before: StoredPost | undefined; after: StoredPost }[]): Promise<void> {
  const moved = changes.filter(({ before, after }) => {
    const was = before !== undefined && isOwnPost(before);
    const is = isOwnPost(after);
    return was !== is || (is && before!.firstSeenAt !== after.firstSeenAt);
  });
  if (moved.length === 0) return;
  const list = new Map((await readPostRefs(db, OWN_POSTS_KEY)).map((r) => [refKey(r[0], r[1]), r]));
  for (const { after } of moved) {
    if (isOwnPost(after)) list.set(refKey(after.site, after.postId), [after.site, after.postId, after.firstSeenAt]);
    else list.delete(refKey(after.site, after.postId));
  }
  await db.meta.put({ key: OWN_POSTS_KEY, value: [...list.values()] });
}

async function applyEarlyReplies(db: EarshotDb, changes: readonly { before: StoredPost | undefined; after: StoredPost }[]): Promise<void> {
  const created = changes.filter((c) => c.before === undefined).map((c) => c.after);
  if (created.length === 0) return;
  const events = await db.events.where('[site+postId]').anyOf(created.map((p): [Site, string] => [p.site, p.postId])).toArray();
  const byKey = new Map(created.map((p) => [refKey(p.site, p.postId), p]));
  const early = earlyReplyRefs(events, (site, postId) => byKey.get(refKey(site, postId)));
  if (early.length === 0) return;
  const list = new Map((await readPostRefs(db, EARLY_REPLIES_KEY)).map((r) => [refKey(r[0], r[1]), r]));
  for (const r of early) list.set(refKey(r[0], r[1]), r);
  await db.meta.put({ key: EARLY_REPLIES_KEY, value: [...list.values()] });
}
