import { lostDbFault } from './db-faults';
import type { EarshotDb } from './schema';
import { dbCreatedItem, reportDbFault } from '../settings/db-health';

/**
 * Noticing that the database was deleted or reset. IndexedDB cannot refuse a
 * delete (or a browser that drops a damaged database), and the next open just
 * creates an empty one. So the database carries the time it was created (meta,
 * written in the very transaction that creates it), and extension storage
 * remembers the creation this install knows: when they differ, the data was lost.
 * Any page or the background can notice, whichever opens first, even if the
 * context that created the new database closed before it could say so.
 */

/** Meta key: when this database was created (ISO). Erase all clears it; the next open writes it back. */
export const DB_CREATED_KEY = 'db:createdAt';

/** Stamps a database being created (Dexie 'populate', inside the creating transaction). */
export function stampCreation(db: EarshotDb): void {
  db.on('populate', (tx) => {
    void tx.table('meta').put({ key: DB_CREATED_KEY, value: new Date().toISOString() });
  });
}

/** After an open: compares the database's creation time with the one this install knows. */
export async function checkForLostDb(db: EarshotDb): Promise<void> {
  const row = await db.meta.get(DB_CREATED_KEY);
  const createdAt = typeof row?.value === 'string' ? row.value : null;
  const known = await dbCreatedItem.getValue();
  if (createdAt === null) {
    // A database from before this check, or one just erased (Erase all clears meta): not a loss.
    const value = known ?? new Date().toISOString();
    await db.meta.put({ key: DB_CREATED_KEY, value });
    if (known === null) await dbCreatedItem.setValue(value);
  } else if (known === null) {
    await dbCreatedItem.setValue(createdAt); // first open of this install
  } else if (known !== createdAt) {
    await reportDbFault(lostDbFault()); // first: if this page closes now, the next open says it again
    await dbCreatedItem.setValue(createdAt);
  }
}
