import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Site, StoredPost, Template, Term, Engagement } from '../model/types';

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
};

export const DB_NAME = 'earshot';

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
  return db;
}

/** Deterministic event ids (one place, so writers and the backup agree). */
export const eventIds = {
  seen: (site: Site, postId: string): string => `seen:${site}:${postId}`,
  /** One engagement snapshot per post per UTC hour; a later reading in the same hour replaces it. */
  engagement: (site: Site, postId: string, at: Date): string =>
    `engagement:${site}:${postId}:${at.toISOString().slice(0, 13)}`,
};
