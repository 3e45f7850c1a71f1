import { openDb, type EarshotDb } from './schema';

export * from './schema';

let instance: EarshotDb | undefined;

/**
 * The one database connection of this extension page / service worker,
 * opened on first use (importing this module has no side effects).
 */
export function getDb(): EarshotDb {
  instance ??= openDb();
  return instance;
}
