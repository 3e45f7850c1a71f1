import type Dexie from 'dexie';

/** An open normally takes milliseconds; this long means another connection holds the database. */
export const DB_STALL_MS = 8_000;

export interface OpenWatch {
  /** The open has been waiting for `stallMs` (it keeps waiting: IndexedDB gives it no error). */
  onStall(): void;
  /** The database opened; `stalled`: onStall was called first. */
  onOpen(info: { stalled: boolean }): void;
  stallMs?: number;
}

/**
 * Watches every open of `db`, the first and each reopen after a versionchange.
 * IndexedDB queues an open behind another connection's upgrade or delete without
 * any event or error, so every read and write would just wait, silently: a timer
 * says so instead. Wraps the instance's open(), which Dexie's auto-open calls too.
 */
export function watchOpens(db: Dexie, watch: OpenWatch): void {
  const stallMs = watch.stallMs ?? DB_STALL_MS;
  let watching = false;
  const open = db.open.bind(db);
  db.open = () => {
    const opening = open();
    if (watching) return opening; // already opening: Dexie hands out the same ready promise
    watching = true;
    let stalled = false;
    const timer = setTimeout(() => {
      stalled = true;
      watch.onStall();
    }, stallMs);
    const done = (opened: boolean): void => {
      clearTimeout(timer);
      watching = false;
      if (opened) watch.onOpen({ stalled });
    };
    opening.then(
      () => done(true),
      () => done(false), // the error reaches whoever asked (and is reported there)
    );
    return opening;
  };
}
