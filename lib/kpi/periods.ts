/**
 * Periods in the user's LOCAL calendar days (product.md §5: "for a period
 * (7/30/90 days) with the change against the previous period of equal
 * length"). The current period is the last N local days ending today, today
 * included; the previous one is the N days before it. Every range is
 * half-open [start, end): a post at 23:59:59.999 local on the last day of the
 * previous period belongs to the previous period, one at 00:00 to the next.
 *
 * Day boundaries come from Intl, never from "+ 24 h": a local day lasts 23 or
 * 25 hours across a DST change (Europe/Berlin last Sunday of March/October).
 */

export interface Range {
  start: Date;
  end: Date;
}

export interface PeriodBounds {
  current: Range;
  previous: Range;
}

export interface LocalDay extends Range {
  /** 'YYYY-MM-DD' in the time zone. */
  day: string;
}

export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with numeric parts; the year is forced to 4 digits below (years < 1000 are not a concern).
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local calendar day of an instant, 'YYYY-MM-DD'. */
export function localDayKey(date: Date | number, timeZone: string = defaultTimeZone()): string {
  const parts = formatter(timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** Calendar arithmetic on day keys (no time zone involved: a calendar day is a calendar day). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

const HOUR = 3_600_000;

/**
 * The first instant whose local day is `day` (usually local midnight; where
 * midnight does not exist, the end of the DST gap). UTC offsets lie within
 * −12 h…+14 h, so that instant is within ±15 h of `day` 00:00 UTC; the local
 * day only moves forward in that window, so a binary search finds it to the ms.
 */
export function startOfLocalDay(day: string, timeZone: string = defaultTimeZone()): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  let lo = utcMidnight - 15 * HOUR; // local day < `day`
  let hi = utcMidnight + 15 * HOUR; // local day ≥ `day`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDayKey(mid, timeZone) >= day) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** Current = the last `days` local days ending today (today included); previous = the `days` before. */
export function periodBounds(now: Date, days: number, timeZone: string = defaultTimeZone()): PeriodBounds {
  const today = localDayKey(now, timeZone);
  const tomorrowStart = startOfLocalDay(addDays(today, 1), timeZone);
  const currentStart = startOfLocalDay(addDays(today, 1 - days), timeZone);
  const previousStart = startOfLocalDay(addDays(today, 1 - 2 * days), timeZone);
  return {
    current: { start: currentStart, end: tomorrowStart },
    previous: { start: previousStart, end: currentStart },
  };
}

/** The local days of the current period, oldest first, each with its [start, end). */
export function periodDays(now: Date, days: number, timeZone: string = defaultTimeZone()): LocalDay[] {
  const today = localDayKey(now, timeZone);
  const out: LocalDay[] = [];
  let start = startOfLocalDay(addDays(today, 1 - days), timeZone);
  for (let i = 1 - days; i <= 0; i++) {
    const day = addDays(today, i);
    const end = startOfLocalDay(addDays(today, i + 1), timeZone);
    out.push({ day, start, end });
    start = end;
  }
  return out;
}

/** Whether an ISO time lies in [start, end); unparsable times never do. */
export function inRange(iso: string | null | undefined, range: Range): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return t >= range.start.getTime() && t < range.end.getTime();
}

/** Index of the day containing `t` in `days` (sorted, contiguous), or -1. O(log days). */
export function dayIndex(t: number, days: LocalDay[]): number {
  if (Number.isNaN(t)) return -1; // an unreadable time belongs to no day (not the middle one)
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid]!;
    if (t < d.start.getTime()) hi = mid - 1;
    else if (t >= d.end.getTime()) lo = mid + 1;
    else return mid;
  }
  return -1;
}
