import Dexie from 'dexie';
import { DB_CREATED_KEY, getDb } from './index';
import { watchOpens } from './open-watch';
import { dbCreatedItem, dbHealthItem } from '../settings/db-health';

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

function watched(name: string, stallMs = 50) {
  const db = new Dexie(name);
  db.version(1).stores({ items: 'id' });
  const events: string[] = [];
  watchOpens(db, { stallMs, onStall: () => events.push('stall'), onOpen: ({ stalled }) => events.push(`open stalled=${stalled}`) });
  return { db, events };
}

// Dexie says why it closes on versionchange; expected here.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));

describe('watchOpens', () => {
  it('reports an open that waits behind a blocked upgrade, then the open once it is let through', async () => {
    const name = `w-${Math.random()}`;
    const { db, events } = watched(name);
    await db.table('items').put({ id: 1 });
    expect(events).toEqual(['open stalled=false']);

    // An old tab keeps a connection and ignores versionchange; a newer one asks for an upgrade.
    const old = await request(indexedDB.open(name, 10));
    const upgrade = indexedDB.open(name, 11);
    const blocked = new Promise((resolve) => (upgrade.onblocked = resolve));
    await blocked; // Dexie closed its own connection on versionchange; `old` did not
    const read = db.table('items').get(1); // auto-reopens: queued behind the upgrade, no error, no event
    await vi.waitFor(() => expect(events).toContain('stall'));
    old.close(); // the old tab goes away: the upgrade runs, then our open
    (await request(upgrade)).close();
    await expect(read).resolves.toEqual({ id: 1 });
    expect(events).toEqual(['open stalled=false', 'stall', 'open stalled=true']);
  });

  it('watches the reopen after the database was deleted while in use', async () => {
    const name = `w-${Math.random()}`;
    const { db, events } = watched(name, 60_000);
    await db.table('items').put({ id: 1 });
    await request(indexedDB.deleteDatabase(name)); // Dexie lets go on versionchange
    await expect(db.table('items').count()).resolves.toBe(0); // the same object reopens
    expect(events).toEqual(['open stalled=false', 'open stalled=false']);
  });
});

describe('getDb', () => {
  it('marks the install on the first open and reports a database created again as lost', async () => {
    const db = getDb();
    await db.terms.count();
    await vi.waitFor(async () => expect(await dbCreatedItem.getValue()).not.toBeNull());
    expect(await dbHealthItem.getValue()).toBeNull();

    await request(indexedDB.deleteDatabase(db.name));
    await expect(getDb().terms.count()).resolves.toBe(0);
    await vi.waitFor(async () => expect((await dbHealthItem.getValue())?.kind).toBe('lost'));
    expect(await dbHealthItem.getValue()).toMatchObject({ sticky: true, message: expect.stringMatching(/deleted or reset/) });
  });

  it('notices a database created again by a page that closed before it could say so', async () => {
    await dbCreatedItem.setValue('2026-01-01T00:00:00.000Z'); // the creation this install knows
    const db = getDb();
    await db.meta.put({ key: DB_CREATED_KEY, value: '2030-01-01T00:00:00.000Z' }); // what that page's creation wrote
    db.close({ disableAutoOpen: false });
    await db.terms.count(); // this context's next open
    await vi.waitFor(async () => expect((await dbHealthItem.getValue())?.kind).toBe('lost'));
    expect(await dbCreatedItem.getValue()).toBe('2030-01-01T00:00:00.000Z'); // said once
  });

  it('takes a database with no creation time (older, or just erased) as it is', async () => {
    const known = '2026-01-01T00:00:00.000Z';
    await dbCreatedItem.setValue(known);
    const db = getDb();
    await db.meta.clear(); // "Erase all data" clears meta too
    db.close({ disableAutoOpen: false });
    await db.terms.count();
    await vi.waitFor(async () => expect((await db.meta.get(DB_CREATED_KEY))?.value).toBe(known));
    expect(await dbHealthItem.getValue()).toBeNull();
  });
});
