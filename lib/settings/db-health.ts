import { storage } from 'wxt/utils/storage';
import type { DbFault } from '../db/db-faults';

/** The last storage fault the background met (null when the last write worked). */
export const dbHealthItem = storage.defineItem<DbFault | null>('local:dbHealth', { fallback: null });

export async function reportDbFault(fault: DbFault): Promise<void> {
  await dbHealthItem.setValue(fault);
}

/** A write went through again: the warning goes away. */
export async function clearDbFault(): Promise<void> {
  if ((await dbHealthItem.getValue()) !== null) await dbHealthItem.setValue(null);
}
