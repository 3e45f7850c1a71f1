import { openDb, type EarshotDb } from './schema';

export * from './schema';

let instance: EarshotDb | undefined;

/**
 * The one database connection of this extension page / service worker,
 * opened on first use (importing this module has no side effects).
 */
export function getDb(): EarshotDb {
  if (!instance) {
    instance = openDb();
    // A newer Earshot (after an update) wants to upgrade the schema: let it, instead of blocking it.
    instance.on('versionchange', () => {
      instance?.close();
      instance = undefined;
    });
  }
  return instance;
}
