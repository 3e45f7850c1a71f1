import { getDb } from './index';
import Dexie from 'dexie';
import { eventIds, openDb } from './schema';

describe('database schema', () => {
  it('opens at the latest version with the [site+postId] key on posts and cases', async () => {
    const db = openDb(`t-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['cases', 'events', 'meta', 'posts', 'templates', 'terms']);
    expect(db.cases.schema.idxByName['[site+postId]']?.unique).toBe(true);
    expect(db.posts.schema.primKey.keyPath).toEqual(['site', 'postId']);
  });

  it('getDb returns one lazily opened connection', () => {
    expect(getDb()).toBe(getDb());
  });

  it('builds deterministic event ids (one engagement id per UTC hour)', () => {
    expect(eventIds.seen('linkedin', 'urn:li:activity:1')).toBe('seen:linkedin:urn:li:activity:1');
    expect(eventIds.engagement('x', '5', new Date('2025-03-04T05:59:59Z'))).toBe('engagement:x:5:2025-03-04T05');
  });
});

describe('migration v1 → v2', () => {
  it('keeps every v1 row and moves cases kept in meta into the cases table', async () => {
    const name = `t-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ terms: 'id, kind', templates: 'id, category, order', posts: '[site+postId], firstSeenAt, kind, competitor, isOwn', events: 'id, type, at, [site+postId]', meta: 'key' });
    await v1.open();
    await v1.table('terms').put({ id: 't1', text: 'Northwind Coffee', kind: 'brand', exclude: [], order: 0 });
    await v1.table('posts').put({ site: 'x', postId: '1', text: 'hi', firstSeenAt: '2026-11-01T00:00:00.000Z' });
    await v1.table('events').put({ id: 'reply:x:1:a', type: 'reply', site: 'x', postId: '1', at: '2026-11-01T01:00:00.000Z' });
    await v1.table('meta').put({
      key: 'backup:cases',
      value: [
        { url: 'https://x.com/a/status/1', site: 'x', postId: '1', state: 'escalated', openedAt: '2026-11-01T00:00:00.000Z', resolvedAt: null },
        { url: 'https://x.com/a/status/2', state: 'open' },
      ],
    });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.terms.count()).toBe(1);
    expect(await db.posts.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
    const cases = await db.cases.toArray();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ site: 'x', postId: '1', state: 'escalated', category: 'Support' });
    expect(await db.meta.get('backup:cases')).toBeUndefined();
    db.close();
  });
});
