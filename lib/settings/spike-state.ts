import { storage } from 'wxt/utils/storage';

/**
 * The last spike check (lib/background/spike-job.ts), kept so the popup can
 * show the explanation as a banner and a restarted service worker knows
 * whether the alert was on (and so does not notify twice). Local, not
 * synced: it describes this browser's data.
 */
export interface SpikeState {
  spiking: boolean;
  /** detectSpike's sentence, e.g. "Spike: 14 negative mentions in the last 24 h, usually 2.3 a day …". */
  explanation: string;
  last24h: number;
  threshold: number;
  /** ISO time of the check. */
  checkedAt: string;
  /** ISO time the current spike was first seen; null when not spiking. */
  since: string | null;
}

export const spikeStateItem = storage.defineItem<SpikeState | null>('local:spikeState', { fallback: null });

export async function getSpikeState(): Promise<SpikeState | null> {
  const value = await spikeStateItem.getValue();
  return value && typeof value.spiking === 'boolean' ? value : null;
}
