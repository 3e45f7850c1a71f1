import { DEFAULT_SLA_HOURS } from './metrics';
import { defaultTimeZone, periodBounds } from './periods';
import type { KpiInput, KpiOptions } from './types';

const HOUR = 3_600_000;

/**
 * The first instant (ms) at which computeKpis(input, options) may give
 * another report for the same input: until then a report computed at
 * `options.now` is still the current one. The clock enters the numbers in
 * three places only:
 * - the periods are local days: the current one ends at the next local midnight;
 * - replies and engagement snapshots dated after `now` (clock skew, an
 *   import) are ignored until their time comes;
 * - an open or escalated case breaches its SLA the moment it is older than
 *   the SLA (metrics.ts breachedSla).
 * Used to keep the popup's cached scorecard no longer than it is true
 * (lib/db/popup-snapshot.ts); valid-until.test.ts checks it against
 * computeKpis at later clocks.
 */
export function kpisValidUntil(input: KpiInput, options: KpiOptions): number {
  const now = options.now.getTime();
  let until = periodBounds(options.now, options.periodDays, options.timeZone ?? defaultTimeZone()).current.end.getTime();
  const consider = (t: number) => {
    if (t > now && t < until) until = t;
  };
  for (const r of input.replies) consider(Date.parse(r.at));
  for (const e of input.engagement) consider(Date.parse(e.at));
  for (const c of input.cases) {
    if (c.state !== 'open' && c.state !== 'escalated') continue;
    const hours = c.slaHours ?? options.slaHours?.[c.category] ?? DEFAULT_SLA_HOURS;
    // breachedSla: now - openedAt > SLA, so the count moves 1 ms after openedAt + SLA.
    consider(Date.parse(c.openedAt) + hours * HOUR + 1);
  }
  return until;
}
