import { getDb } from './index';
import Dexie from 'dexie';
import { aggregatePosts, defaultTimeZone, type DailyAggregate } from '../kpi';
import { post, rng } from '../kpi/test-fixtures';
import type { StoredPost } from '../model/types';
import { DAILY_TIME_ZONE_KEY, EARLY_REPLIES_KEY, eventIds, openDb, OWN_POSTS_KEY, ownPostRefs, type PostRef } from './schema';

describe('database schema', () => {
  it('opens at the latest version with the [site+postId] key on posts and cases', async () => {
    const db = openDb(`t-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['cases', 'daily', 'events', 'meta', 'posts', 'templates', 'terms']);
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
    expect(db.verno).toBe(3); // v1 → v2 → v3 in one open
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

describe('migration v2 → v3', () => {
  const V2 = {
    terms: 'id, kind',
    templates: 'id, category, order',
    posts: '[site+postId], firstSeenAt, kind, competitor, isOwn',
    events: 'id, type, at, [site+postId]',
    meta: 'key',
    cases: 'id, &[site+postId], state, openedAt, resolvedAt',
  };

  it('keeps every row and builds the daily aggregates (aggregatePosts, runtime zone) with their zone', async () => {
    const name = `t-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ terms: V2.terms, templates: V2.templates, posts: V2.posts, events: V2.events, meta: V2.meta });
    v2.version(2).stores({ cases: V2.cases });
    await v2.open();
    const random = rng(7);
    const kinds = ['issue', 'question', 'praise', 'other'] as const;
    const sites = ['x', 'linkedin', 'facebook'] as const;
    const posts: StoredPost[] = Array.from({ length: 500 }, (_, i) =>
      post(sites[i % 3]!, `p${i}`, {
        kind: kinds[Math.floor(random() * 4)]!,
        sentiment: random() * 2 - 1,
        competitor: random() < 0.1,
        isOwn: random() < 0.05,
        isPromoted: random() < 0.02,
        firstSeenAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 60 * 86_400_000)).toISOString(),
      }),
    );
    await v2.table('posts').bulkPut(posts);
    await v2.table('events').bulkPut(posts.map((p) => ({ id: eventIds.seen(p.site, p.postId), type: 'seen', site: p.site, postId: p.postId, at: p.firstSeenAt })));
    await v2.table('events').put({ id: 'reply:x:p0:a', type: 'reply', site: 'x', postId: 'p0', at: '2026-03-15T00:00:00.000Z' });
    // Replied to before it was first seen (all posts are first seen in 2026).
    await v2.table('events').put({ id: 'reply:linkedin:p1:a', type: 'reply', site: 'linkedin', postId: 'p1', at: '2025-12-01T00:00:00.000Z' });
    await v2.table('cases').put({ id: 'C-1', site: 'x', postId: 'p0', url: null, state: 'open', category: 'Support', openedAt: '2026-02-01T00:00:00.000Z', resolvedAt: null, history: [] });
    await v2.table('terms').put({ id: 't1', text: 'Northwind Coffee', kind: 'brand', exclude: [], order: 0 });
    await v2.table('templates').put({ id: 'tp1', name: 'Sorry', category: 'issue', body: 'Sorry', order: 0 });
    await v2.table('meta').put({ key: 'caseCounter', value: 1 });
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.posts.count()).toBe(500);
    expect(await db.events.count()).toBe(502);
    expect(await db.cases.count()).toBe(1);
    expect(await db.terms.count()).toBe(1);
    expect(await db.templates.count()).toBe(1);
    expect((await db.meta.get('caseCounter'))?.value).toBe(1);
    expect((await db.meta.get(DAILY_TIME_ZONE_KEY))?.value).toBe(defaultTimeZone());
    const expected = [...aggregatePosts(posts, defaultTimeZone()).values()];
    expect(sortRows(await db.daily.toArray())).toEqual(sortRows(expected));
    expect(expected.length).toBeGreaterThan(100);
    const byId = (refs: unknown) => [...(refs as PostRef[])].sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
    expect(byId((await db.meta.get(OWN_POSTS_KEY))?.value)).toEqual(byId(ownPostRefs(posts)));
    expect(ownPostRefs(posts).length).toBeGreaterThan(5);
    expect((await db.meta.get(EARLY_REPLIES_KEY))?.value).toEqual([['linkedin', 'p1', posts[1]!.firstSeenAt]]);
    // The new index answers the scorecard's range query.
    expect(await db.events.where('[type+at]').between(['reply', ''], ['reply', '\uffff']).count()).toBe(2);
    db.close();
  });

  it('an empty v2 database gets an empty daily table', async () => {
    const name = `t-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ terms: V2.terms, templates: V2.templates, posts: V2.posts, events: V2.events, meta: V2.meta });
    v2.version(2).stores({ cases: V2.cases });
    await v2.open();
    v2.close();
    const db = openDb(name);
    await db.open();
    expect(await db.daily.count()).toBe(0);
    expect((await db.meta.get(DAILY_TIME_ZONE_KEY))?.value).toBe(defaultTimeZone());
    db.close();
  });
});

function sortRows(rows: DailyAggregate[]): DailyAggregate[] {
  return [...rows].sort((a, b) => (a.day + a.site < b.day + b.site ? -1 : 1));
}
