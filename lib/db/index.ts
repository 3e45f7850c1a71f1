import { stalledDbFault } from './db-faults';
import { checkForLostDb, stampCreation } from './lost-db';
import { watchOpens } from './open-watch';
import { openDb, type EarshotDb } from './schema';
import { clearDbFault, reportDbFault } from '../settings/db-health';

export * from './schema';
export { DB_CREATED_KEY } from './lost-db';

let instance: EarshotDb | undefined;

/**
 * The one database connection of this extension page / service worker,
 * opened on first use (importing this module has no side effects).
 *
 * When a newer Earshot wants to upgrade the schema, or something deletes the
 * database, Dexie's own versionchange handler closes the connection (so it never
 * blocks them) and keeps auto-open on: the same object, which pages keep for their
 * lifetime, reopens on its next use. Storage faults that raise no error (a wait
 * behind another tab, a database deleted or reset) are reported from here
 * (docs/security.md, "Storage faults and recovery").
 */
export function getDb(): EarshotDb {
  if (!instance) {
    const db = openDb();
    stampCreation(db);
    // Our own upgrade waits for a tab that does not let go of an older version.
    db.on('blocked', () => void reportDbFault(stalledDbFault()));
    watchOpens(db, {
      onStall: () => void reportDbFault(stalledDbFault()),
      onOpen: ({ stalled }) => void afterOpen(db, stalled),
    });
    instance = db;
  }
  return instance;
}

async function afterOpen(db: EarshotDb, stalled: boolean): Promise<void> {
  try {
    if (stalled) await clearDbFault('blocked');
    await checkForLostDb(db);
  } catch {
    // Best effort: a failing read or write here is reported by the operation that meets it.
  }
}
