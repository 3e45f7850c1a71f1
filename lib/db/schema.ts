import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Site, StoredPost, Template, Term, Engagement } from '../model/types';

/**
 * The Earshot database. Lives only in the extension's own origin (background,
 * popup, options); a content script's IndexedDB would belong to the site.
 * Versions are append-only: add a new `db.version(n)` with an upgrade and a test.
 */

/** Everything that happens to a post, appended (never edited): the KPIs are computed from these. */
export type EventType = 'seen' | 'reply' | 'case' | 'engagement';

export interface StoredEvent {
  /** Deterministic id (e.g. `reply:x:123:<clientId>`) so retried writes are stored once. */
  id: string;
  type: EventType;
  site: Site;
  postId: string;
  /** ISO 8601. */
  at: string;
  /** Type-specific payload (reply: { template?, url }, engagement: Engagement, case: { state, note }). */
  data?: Record<string, unknown> & { engagement?: Engagement };
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type EarshotDb = Dexie & {
  terms: EntityTable<Term, 'id'>;
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
  db.version(1).stores({
    terms: 'id, kind',
    templates: 'id, category, order',
    posts: '[site+postId], firstSeenAt, kind, competitor, isOwn',
    events: 'id, type, at, [site+postId]',
    meta: 'key',
  });
  return db;
}
