import { storage } from 'wxt/utils/storage';
import type { Term } from '../model/types';

/**
 * A copy of the watchlist in extension storage. The database (the source of
 * truth) lives in the extension origin; a content script must never open
 * IndexedDB (it would be the site's), so it reads and watches this mirror.
 * Written by the terms repository after every change.
 */
export const watchlistItem = storage.defineItem<Term[]>('local:watchlist', { fallback: [] });

export async function publishWatchlist(terms: Term[]): Promise<void> {
  await watchlistItem.setValue(terms);
}

export async function readWatchlist(): Promise<Term[]> {
  return (await watchlistItem.getValue()) ?? [];
}

/** Calls `cb` with the new list on every change; returns the unsubscribe function. */
export function watchWatchlist(cb: (terms: Term[]) => void): () => void {
  return watchlistItem.watch((terms) => cb(terms ?? []));
}
