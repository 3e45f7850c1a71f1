import type { Term } from '../model/types';
import { publishWatchlist } from '../settings/watchlist-mirror';
import type { EarshotDb, TermRow } from './schema';

/** Drops the storage-only `order` so callers (and the watchlist mirror) see plain Terms. */
function toTerm(row: TermRow): Term {
  const { order: _order, ...term } = row;
  return term;
}

/** Row for `term` at position `order`; `exclude` defaults to [] for callers that omit it. */
export function toTermRow(term: Term, order: number): TermRow {
  return { ...term, exclude: term.exclude ?? [], order };
}

/** The watchlist in the order the terms were added (ties broken by id, so it is stable). */
export async function listTerms(db: EarshotDb): Promise<Term[]> {
  const rows = await db.terms.toArray();
  rows.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map(toTerm);
}

/** Adds a term at the end, or updates one in place (keeping its position). */
export async function putTerm(db: EarshotDb, term: Term): Promise<void> {
  await db.transaction('rw', db.terms, async () => {
    const existing = await db.terms.get(term.id);
    const order = existing ? existing.order : await nextOrder(db);
    await db.terms.put(toTermRow(term, order));
  });
  await republishWatchlist(db);
}

export async function deleteTerm(db: EarshotDb, id: string): Promise<void> {
  await db.terms.delete(id);
  await republishWatchlist(db);
}

/** Replaces the whole watchlist; the array order becomes the list order. */
export async function replaceTerms(db: EarshotDb, terms: Term[]): Promise<void> {
  await db.transaction('rw', db.terms, async () => {
    await db.terms.clear();
    await db.terms.bulkAdd(terms.map((t, i) => toTermRow(t, i)));
  });
  await republishWatchlist(db);
}

async function nextOrder(db: EarshotDb): Promise<number> {
  const rows = await db.terms.toArray();
  return rows.reduce((max, r) => Math.max(max, r.order + 1), 0);
}

let publishing: Promise<void> = Promise.resolve();

/**
 * Copies the current watchlist to the mirror content scripts read. Calls are
 * queued so that two quick writes can never publish out of order (each
 * reads the list only after the previous publish finished).
 */
export function republishWatchlist(db: EarshotDb): Promise<void> {
  const next = publishing.then(async () => publishWatchlist(await listTerms(db)));
  publishing = next.catch(() => undefined);
  return next;
}
