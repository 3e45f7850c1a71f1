import Dexie, { type EntityTable, type Table } from 'dexie';
import { aggregatePosts, type DailyAggregate } from '../kpi/daily-aggregates';
import { isOwnPost } from '../kpi/metrics';
import { defaultTimeZone } from '../kpi/periods';
import type { Engagement, PostKind, Site, StoredPost, Template, Term } from '../model/types';
import { scorecardVersionMiddleware } from './scorecard-version';
import { DB_NAME } from './snapshot-keys';

/**
 * The Earshot database. Lives only in the extension's own origin (background,
 * popup, options); a content script's IndexedDB would belong to the site.
 * Versions are append-only: add a new `db.version(n)` with an upgrade and a test.
 */

/** Everything that happens to a post, appended (never edited): the KPIs are computed from these. */
export type EventType = 'seen' | 'reply' | 'case' | 'engagement';

/** Payload of a 'reply' event (what the backup's `replies` section is built from). */
export interface ReplyEventData {
  /** Permalink of the post replied to. */
  url: string | null;
  /** Name of the template used, null when typed by hand. */
  template: string | null;
  /** The text sent, when known. */
  text?: string;
}

export interface StoredEvent {
  /**
   * Deterministic id so retried writes are stored once:
   * `seen:<site>:<postId>`, `engagement:<site>:<postId>:<YYYY-MM-DDTHH>`, `reply:<site>:<postId>:<clientId>`.
   */
  id: string;
  type: EventType;
  site: Site;
  postId: string;
  /** ISO 8601. */
  at: string;
  /** Type-specific payload (reply: ReplyEventData, engagement: { engagement }, case: { state, note }). */
  data?: Record<string, unknown> & { engagement?: Engagement };
}

export const CASE_STATES = ['open', 'escalated', 'resolved', 'ignored'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export interface CaseHistoryEntry {
  at: string;
  state: CaseState;
  /** What happened, e.g. "Escalated to Billing (billing@northwind.example)". */
  note?: string;
}

/**
 * An issue tracked until resolved (product.md §4). One case per post; the post's
 * text, author and kind are copied in so the case survives retention pruning.
 */
export interface StoredCase {
  /** Human-readable and stable: "C-1042" (used as {{case_id}} in replies). */
  id: string;
  site: Site;
  postId: string;
  url: string | null;
  state: CaseState;
  /** Escalation category (Support, Billing, PR, Product, or the user's own). */
  category: string;
  openedAt: string;
  /** Set when resolved or ignored; null while open or escalated. */
  resolvedAt: string | null;
  author?: string;
  text?: string;
  kind?: PostKind;
  history: CaseHistoryEntry[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * A stored watchlist term: the shared Term plus its position, because the
 * watchlist is shown (and exported) in the order the user added it and
 * random UUID keys carry no order.
 */
export interface TermRow extends Term {
  order: number;
}

export type EarshotDb = Dexie & {
  terms: EntityTable<TermRow, 'id'>;
  templates: EntityTable<Template, 'id'>;
  /** Primary key is the compound [site, postId]. */
  posts: Table<StoredPost, [Site, string]>;
  events: EntityTable<StoredEvent, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  cases: EntityTable<StoredCase, 'id'>;
  /**
   * Per local day and site, the counters of the posts first seen that day
   * (lib/kpi/daily-aggregates.ts), kept equal to aggregatePosts(posts) by every
   * post write (record-posts, import, erase). Days are local days in the zone
   * stored under meta DAILY_TIME_ZONE_KEY (lib/db/daily-repo.ts).
   */
  daily: Table<DailyAggregate, [string, Site]>;
};

export { DB_NAME };

/** Meta key of the IANA time zone the `daily` rows' days are local days of. */
export const DAILY_TIME_ZONE_KEY = 'daily:timeZone';

/**
 * A post named by the scorecard's small lists (meta OWN_POSTS_KEY,
 * EARLY_REPLIES_KEY): [site, postId, firstSeenAt]. A list entry's
 * firstSeenAt may be later than the post's (it only moves earlier), never earlier.
 */
export type PostRef = [Site, string, string];

/** Meta key: every own post (isOwnPost), so Engagement per post never scans the posts of a period. */
export const OWN_POSTS_KEY = 'scorecard:ownPosts';

/**
 * Meta key: the posts that have a reply from before they were first seen
 * (replied to before Earshot stored them as a mention, or imported so). The
 * scorecard reads the replies of a period only; these are the posts whose
 * earlier replies it must look up. Normally empty. May hold extra entries.
 */
export const EARLY_REPLIES_KEY = 'scorecard:earlyReplies';

/** The OWN_POSTS_KEY list of `posts` (same rule as lib/kpi isOwnPost). */
export function ownPostRefs(posts: Iterable<StoredPost>): PostRef[] {
  const out: PostRef[] = [];
  for (const p of posts) if (isOwnPost(p)) out.push([p.site, p.postId, p.firstSeenAt]);
  return out;
}

/** The EARLY_REPLIES_KEY list: posts with a reply strictly before their firstSeenAt (readable times only). */
export function earlyReplyRefs(replies: Iterable<StoredEvent>, post: (site: Site, postId: string) => StoredPost | undefined): PostRef[] {
  const out = new Map<string, PostRef>();
  for (const r of replies) {
    if (r.type !== 'reply') continue;
    const p = post(r.site, r.postId);
    if (p && Date.parse(r.at) < Date.parse(p.firstSeenAt)) out.set(`${p.site}\u0000${p.postId}`, [p.site, p.postId, p.firstSeenAt]);
  }
  return [...out.values()];
}

export function openDb(name = DB_NAME): EarshotDb {
  const db = new Dexie(name) as EarshotDb;
  // v1: posts keyed by [site+postId] so revisits never double count.
  // Note: IndexedDB cannot index booleans, so `competitor`/`isOwn` rows are
  // filtered in memory (`db.posts.filter(...)`), never queried with where().
  db.version(1).stores({
    terms: 'id, kind',
    templates: 'id, category, order',
    posts: '[site+postId], firstSeenAt, kind, competitor, isOwn',
    events: 'id, type, at, [site+postId]',
    meta: 'key',
  });
  // v2: cases get their own table (v1 kept imported cases under meta 'backup:cases').
  db.version(2)
    .stores({ cases: 'id, &[site+postId], state, openedAt, resolvedAt' })
    .upgrade(async (tx) => {
      const row = await tx.table<MetaRow, string>('meta').get('backup:cases');
      await tx.table<MetaRow, string>('meta').delete('backup:cases');
      if (!Array.isArray(row?.value)) return;
      const cases = migrateV1Cases(row.value);
      if (cases.length > 0) await tx.table<StoredCase, string>('cases').bulkPut(cases);
    });
  // v3: the scorecard reads O(days), not O(posts) (product.md §5 "opens instantly"):
  // - `daily` aggregates, built here from the posts in the runtime's time zone, with the two small
  //   lists in meta (own posts, posts replied to before first seen): lib/db/daily-repo.ts keeps them;
  // - events by [type+at]: the replies of a period.
  db.version(3)
    .stores({
      events: 'id, type, at, [site+postId], [type+at]',
      daily: '[day+site], day',
    })
    .upgrade(async (tx) => {
      const timeZone = defaultTimeZone();
      const posts = await tx.table<StoredPost, [Site, string]>('posts').toArray();
      const replies = await tx.table<StoredEvent, string>('events').where('type').equals('reply').toArray();
      const byKey = new Map(posts.map((p) => [`${p.site}\u0000${p.postId}`, p]));
      await tx.table<DailyAggregate, [string, Site]>('daily').bulkPut([...aggregatePosts(posts, timeZone).values()]);
      await tx.table<MetaRow, string>('meta').bulkPut([
        { key: DAILY_TIME_ZONE_KEY, value: timeZone },
        { key: OWN_POSTS_KEY, value: ownPostRefs(posts) },
        { key: EARLY_REPLIES_KEY, value: earlyReplyRefs(replies, (site, postId) => byKey.get(`${site}\u0000${postId}`)) },
      ]);
    });
  // Every write that could change a scorecard number also writes a new data version (scorecard-version.ts).
  db.use(scorecardVersionMiddleware);
  return db;
}

/** Deterministic event ids (one place, so writers and the backup agree). */
export const eventIds = {
  seen: (site: Site, postId: string): string => `seen:${site}:${postId}`,
  /** One engagement snapshot per post per UTC hour; a later reading in the same hour replaces it. */
  engagement: (site: Site, postId: string, at: Date): string =>
    `engagement:${site}:${postId}:${at.toISOString().slice(0, 13)}`,
};

/** Turns the raw backup `cases` v1 kept in meta into rows; entries without a usable url/state are dropped. */
export function migrateV1Cases(raw: unknown[]): StoredCase[] {
  const out: StoredCase[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object') return;
    const c = entry as Record<string, unknown>;
    const state = CASE_STATES.find((s) => s === c.state);
    const site = c.site === 'x' || c.site === 'linkedin' || c.site === 'facebook' ? c.site : null;
    const postId = typeof c.postId === 'string' && c.postId ? c.postId : typeof c.url === 'string' ? c.url : null;
    if (!state || !site || !postId || seen.has(`${site}:${postId}`)) return;
    seen.add(`${site}:${postId}`);
    const openedAt = typeof c.openedAt === 'string' ? c.openedAt : new Date(0).toISOString();
    out.push({
      id: typeof c.id === 'string' && c.id ? c.id : `C-${1000 + index}`,
      site,
      postId,
      url: typeof c.url === 'string' ? c.url : null,
      state,
      category: typeof c.category === 'string' && c.category ? c.category : 'Support',
      openedAt,
      resolvedAt: typeof c.resolvedAt === 'string' ? c.resolvedAt : null,
      history: Array.isArray(c.history) ? (c.history as CaseHistoryEntry[]) : [{ at: openedAt, state }],
    });
  });
  return out;
}
