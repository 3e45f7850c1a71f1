import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { sameForKpis } from '../kpi/post-fields';
import type { StoredPost } from '../model/types';
import { SCORECARD_VERSION_KEY } from './snapshot-keys';

/**
 * The scorecard's data version: meta SCORECARD_VERSION_KEY holds a new random
 * token after every write that could change a scorecard number, written in
 * that write's own transaction (so a reader that sees the token sees exactly
 * the data it stands for). The popup's cached scorecard carries the token it
 * was computed at and is shown as current only while the token is unchanged
 * (lib/db/popup-snapshot.ts); the live scorecard re-runs when the token
 * moves (components/kpi/use-scorecard.ts tracks nothing else).
 *
 * A Dexie middleware rather than a call in each writer: every write of posts,
 * events and cases goes through it, the ones written next year included.
 * - posts: a new or deleted post, or a change to a field the KPIs read
 *   (lib/kpi/post-fields.ts). A revisit changes none: browsing the sites
 *   keeps the cache valid until something new is counted.
 * - events: any but 'seen' events (the KPIs read replies and engagement).
 * - cases: any write.
 * `daily` and the meta lists are derived from posts and written with them.
 */
export { SCORECARD_VERSION_KEY };

const META = 'meta';
const WATCHED = new Set(['posts', 'events', 'cases']);

/** A token no earlier version can equal, even after the database was erased. */
export function newVersionToken(): string {
  return `${Date.now().toString(36)}-${crypto.randomUUID()}`;
}

export const scorecardVersionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ScorecardVersion',
  // Above Observability and Cache (0), so the token's write reaches live queries in every page;
  // below Hooks (2). The layers under this one read Dexie's zone (PSD) when called: every call
  // below is made synchronously or from a Dexie.Promise callback, which restores that zone.
  level: 1.5,
  create(down) {
    const bumped = new WeakSet<DBCoreTransaction>();
    const bump = (trans: DBCoreTransaction): Promise<unknown> => {
      if (bumped.has(trans)) return Promise.resolve();
      bumped.add(trans);
      return down.table(META).mutate({ type: 'put', trans, values: [{ key: SCORECARD_VERSION_KEY, value: newVersionToken() }] });
    };
    return {
      ...down,
      transaction(stores, mode, options) {
        // The token is written in the same transaction as the data: widen a write's scope to meta.
        const widened = mode === 'readwrite' && stores.some((s) => WATCHED.has(s)) && !stores.includes(META) ? [...stores, META] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!WATCHED.has(name)) return table;
        return {
          ...table,
          mutate(req) {
            if (bumped.has(req.trans)) return table.mutate(req);
            const posts = postWrite(table, req);
            if (!posts) {
              if (!changesScorecard(table.name, req)) return table.mutate(req);
              return both(bump(req.trans), table.mutate(req));
            }
            // Posts: the rows as stored, then the token if a KPI field moves, then the write.
            return Dexie.Promise.resolve(posts.before).then((before) => {
              const moved = posts.after.some((after, i) => before[i] === undefined || !sameForKpis(before[i]!, after));
              return moved ? both(bump(req.trans), table.mutate(req)) : table.mutate(req);
            });
          },
        };
      },
    };
  },
};

/** The write's result once the token is written too (either failing fails the write, and aborts the transaction). */
function both<T>(token: Promise<unknown>, write: Promise<T>): Promise<T> {
  return Promise.all([token, write]).then(([, result]) => result);
}

/** Events and cases (and post deletes): whether the write may change a number; when unsure, yes. */
function changesScorecard(table: string, req: DBCoreMutateRequest): boolean {
  if (req.type !== 'put' && req.type !== 'add') return true; // deletes
  if (req.type === 'put' && (req.updates || req.changeSpec)) return true; // Dexie's modify / bulkUpdate
  if (table === 'events') return req.values.some((e: { type?: unknown }) => e?.type !== 'seen');
  return req.values.length > 0;
}

/** A plain put/add of posts: the rows written, and a read of those stored under their keys (undefined: none); else null. */
function postWrite(table: DBCoreTable, req: DBCoreMutateRequest): { after: StoredPost[]; before: Promise<(StoredPost | undefined)[]> } | null {
  if (table.name !== 'posts' || (req.type !== 'put' && req.type !== 'add') || (req.type === 'put' && (req.updates || req.changeSpec))) return null;
  const extract = table.schema.primaryKey.extractKey;
  const keys = req.keys ?? (extract ? req.values.map((v) => extract(v)) : null);
  if (!keys) return null;
  return { after: req.values as StoredPost[], before: table.getMany({ trans: req.trans, keys }) };
}
