/**
 * Storage faults in words a user can act on. IndexedDB fails in a few known
 * ways: the disk or quota is full, another Earshot version holds the database
 * open, or the files are damaged or were deleted. Pure: classify an error.
 */

export type DbFaultKind = 'quota' | 'blocked' | 'corrupt' | 'lost' | 'unknown';

export interface DbFault {
  kind: DbFaultKind;
  /** What happened, for the banner. */
  message: string;
  /** What to do about it (also in docs/security.md, "Storage faults"). */
  recovery: string;
  at: string;
  /** Stays until the user dismisses it or imports a backup (a later write does not clear it). */
  sticky?: boolean;
}

/**
 * The database did not open in time: another connection holds it (an upgrade
 * waiting for an old tab that does not let go, or one still running). IndexedDB
 * gives no error for this, every read and write just waits.
 */
export function stalledDbFault(now = new Date()): DbFault {
  return {
    kind: 'blocked',
    at: now.toISOString(),
    message: 'Earshot is waiting for its database: another Earshot tab is holding it open (for example during an update), so nothing can be saved or shown right now.',
    recovery: 'Close the other Earshot tabs (settings, dashboard, brief) or restart the browser. Nothing already saved is lost, and posts on the pages you keep open are saved as soon as the database is free.',
  };
}

/** The database was created again although this install had one: it was deleted or reset (lib/db/index.ts). */
export function lostDbFault(now = new Date()): DbFault {
  return {
    kind: 'lost',
    at: now.toISOString(),
    sticky: true,
    message: 'Earshot’s database was deleted or reset (by the browser, its developer tools or a cleaning tool): the mentions, cases, watchlist and templates saved before are no longer in this browser.',
    recovery: 'Import your latest backup (Settings → Backup & data → Import backup) to restore them; what Earshot records from now on is kept alongside.',
  };
}

const names = (error: unknown): string[] => {
  const out: string[] = [];
  for (let e: unknown = error, i = 0; e && i < 5; i += 1) {
    const o = e as { name?: unknown; inner?: unknown; cause?: unknown; message?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    if (typeof o.message === 'string') out.push(o.message);
    e = o.inner ?? o.cause;
  }
  return out;
};

export function classifyDbError(error: unknown, now = new Date()): DbFault {
  const text = names(error).join(' ');
  const at = now.toISOString();
  if (/QuotaExceeded|quota/i.test(text)) {
    return {
      kind: 'quota', at,
      message: 'Earshot could not save: the browser says the disk or its storage quota is full. What was already saved is kept.',
      recovery: 'Free some disk space, or shorten “Keep data for” in Earshot settings → Backup & data, then keep browsing.',
    };
  }
  if (/Blocked|VersionError|versionchange/i.test(text)) return stalledDbFault(now);
  if (/DatabaseClosed|UnknownError|DataError|NotFound|Corrupt|InvalidState|AbortError/i.test(text)) {
    return {
      kind: 'corrupt', at,
      message: 'Earshot’s database could not be read (it may be damaged or was deleted by the browser).',
      recovery: 'Export a backup if you can, then use Backup & data → Erase all data and Import backup to restore it.',
    };
  }
  return {
    kind: 'unknown', at,
    message: `Earshot could not save or read its data: ${text || 'unknown error'}.`,
    recovery: 'Reload the page; if it keeps happening, export a backup and restart the browser.',
  };
}
