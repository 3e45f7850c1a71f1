import { storage } from 'wxt/utils/storage';
import type { DbFault } from '../db/db-faults';

/** The last storage fault the background met (null when the last write worked). */
export const dbHealthItem = storage.defineItem<DbFault | null>('local:dbHealth', { fallback: null });

export async function reportDbFault(fault: DbFault): Promise<void> {
  await dbHealthItem.setValue(fault);
}

/**
 * A write went through again: the warning goes away, unless it is sticky (data was
 * lost: it stays until dismissed or a backup is imported). With `kind`, only a fault
 * of that kind goes, sticky or not: an open that worked ends a 'blocked' wait (not a
 * full disk), an imported backup ends a 'lost' database.
 */
export async function clearDbFault(kind?: DbFault['kind']): Promise<void> {
  const fault = await dbHealthItem.getValue();
  if (fault === null || (kind ? fault.kind !== kind : fault.sticky)) return;
  await dbHealthItem.setValue(null);
}

/** The user read it (or imported a backup): any warning goes away. */
export async function dismissDbFault(): Promise<void> {
  await dbHealthItem.setValue(null);
}

/**
 * Set once this install's database has opened (storage.local, so not synced and gone
 * on uninstall): if the database is ever created again, it was deleted or reset.
 */
export const dbCreatedItem = storage.defineItem<string | null>('local:dbCreatedAt', { fallback: null });
