/**
 * Spike alert: are negative mentions unusually frequent right now?
 *
 * Rule (pure, documented so the alert is explainable):
 *   last24h  = negative mentions in the 24 hours up to `now`
 *   baseline = the counts of the 7 full 24-hour windows before that
 *   threshold = max(5, ⌈2 × mean⌉, ⌈mean + 3 × standard deviation⌉)
 *   spiking  = last24h ≥ threshold
 * "At least 5" keeps a quiet brand from alerting on 2 posts instead of 0;
 * "twice the usual" is what an executive would call a spike; "mean + 3 sd"
 * keeps a brand whose volume swings a lot from alerting on an ordinary busy day.
 * Windows are rolling 24 h slices ending at `now`, not calendar days, so the
 * answer does not depend on the time zone or on when the check runs.
 */

export const SPIKE_MIN_COUNT = 5;
export const BASELINE_DAYS = 7;

const DAY_MS = 86_400_000;

export interface SpikeResult {
  spiking: boolean;
  last24h: number;
  baseline: {
    /** Counts per 24 h window, most recent first (index 0 = 24–48 h ago). */
    daily: number[];
    mean: number;
    /** Population standard deviation of `daily`. */
    stdDev: number;
  };
  threshold: number;
  /** One sentence for the alert, e.g. "14 negative mentions in the last 24 h, usually 2.3 a day (alert at 5 or more)." */
  explanation: string;
}

/** `negativeTimestamps` are ISO 8601 times; unparsable ones and ones after `now` are ignored. */
export function detectSpike(negativeTimestamps: readonly string[], now: Date): SpikeResult {
  const end = now.getTime();
  const windows = new Array<number>(BASELINE_DAYS + 1).fill(0);
  for (const ts of negativeTimestamps) {
    const t = Date.parse(ts);
    if (Number.isNaN(t) || t > end) continue;
    // Window 0 is (now − 24 h, now]; window k is (now − (k+1)·24 h, now − k·24 h].
    const k = Math.floor((end - t) / DAY_MS);
    if (k <= BASELINE_DAYS) windows[k]! += 1;
  }
  const last24h = windows[0]!;
  const daily = windows.slice(1);
  const mean = daily.reduce((a, b) => a + b, 0) / daily.length;
  const stdDev = Math.sqrt(daily.reduce((a, b) => a + (b - mean) ** 2, 0) / daily.length);
  const threshold = Math.max(SPIKE_MIN_COUNT, ceil(2 * mean), ceil(mean + 3 * stdDev));
  const spiking = last24h >= threshold;
  const usual = `usually ${formatRate(mean)} a day over the previous ${BASELINE_DAYS} days`;
  const noun = last24h === 1 ? 'negative mention' : 'negative mentions';
  const explanation = spiking
    ? `Spike: ${last24h} ${noun} in the last 24 h, ${usual} (alert at ${threshold} or more).`
    : `No spike: ${last24h} ${noun} in the last 24 h, ${usual} (alert at ${threshold} or more).`;
  return { spiking, last24h, baseline: { daily, mean, stdDev }, threshold, explanation };
}

/** Ceiling that ignores floating-point noise (a mean of exactly 3 must not become a threshold of 4 via 3.0000000001). */
const ceil = (n: number) => Math.ceil(n - 1e-9);

/** 0 → "0", 2.2857 → "2.3", 3 → "3". */
function formatRate(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
