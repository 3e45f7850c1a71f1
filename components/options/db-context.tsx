import { createContext, useContext } from 'react';
import type { EarshotDb } from '@/lib/db/schema';

/**
 * The database the options page works on. Handed down by the page shell
 * (getDb() in the real page, a fresh fake-indexeddb database per test) so the
 * components never pick a global themselves.
 */
const DbContext = createContext<EarshotDb | null>(null);

export const DbProvider = DbContext.Provider;

export function useDb(): EarshotDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider> above it');
  return db;
}
