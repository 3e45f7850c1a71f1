import { getDb } from './index';
import { eventIds, openDb } from './schema';

describe('database schema v1', () => {
  it('opens with the five tables and the [site+postId] key on posts', async () => {
    const db = openDb(`t-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'meta', 'posts', 'templates', 'terms']);
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
