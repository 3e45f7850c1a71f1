import type { SeenPost } from '../messaging/protocol';
import type { PostData } from '../model/types';
import { recordSeenPosts } from './record-posts';
import { openDb } from './schema';

function seen(postId: string, over: Partial<PostData> = {}, extra: Partial<SeenPost> = {}): SeenPost {
  return {
    data: {
      site: 'x', postId, url: `https://x.com/jane/status/${postId}`, author: 'Jane Doe', handle: 'jane',
      text: 'Northwind Coffee never arrived', postedAt: '2025-01-01T10:00:00.000Z',
      isComment: false, isOwn: false, isPromoted: false, ...over,
    },
    matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
    classification: { kind: 'issue', sentiment: -0.6, urgency: 0.7, reasons: ['matched: never arrived'] },
    role: 'mention',
    seenAt: '2025-01-01T11:00:00.000Z',
    ...extra,
  };
}

const T1 = new Date('2025-01-01T12:00:00.000Z');
const T2 = new Date('2025-01-02T09:30:00.000Z');

describe('recordSeenPosts', () => {
  it('stores a post once: created, then updated on a revisit, firstSeenAt kept', async () => {
    const db = openDb(`t-${Math.random()}`);
    expect(await recordSeenPosts(db, [seen('1')], T1)).toEqual({ created: 1, updated: 0 });
    const again = seen('1', { text: 'Northwind Coffee never arrived (edited)' }, { seenAt: T2.toISOString() });
    again.classification = { kind: 'question', sentiment: 0, urgency: 0, reasons: [] };
    expect(await recordSeenPosts(db, [again], T2)).toEqual({ created: 0, updated: 1 });
    const rows = await db.posts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      firstSeenAt: '2025-01-01T11:00:00.000Z', lastSeenAt: T2.toISOString(),
      text: 'Northwind Coffee never arrived (edited)', kind: 'question', terms: ['Northwind Coffee'],
    });
    expect(await db.events.toArray()).toEqual([
      { id: 'seen:x:1', type: 'seen', site: 'x', postId: '1', at: '2025-01-01T11:00:00.000Z' },
    ]);
  });

  it('uses now when seenAt is later or unreadable, and dedupes a batch', async () => {
    const db = openDb(`t-${Math.random()}`);
    const r = await recordSeenPosts(db, [seen('1', {}, { seenAt: 'garbage' }), seen('1', {}, { seenAt: '2030-01-01T00:00:00Z' })], T1);
    expect(r).toEqual({ created: 1, updated: 0 });
    expect((await db.posts.get(['x', '1']))?.firstSeenAt).toBe(T1.toISOString());
  });

  it('a recycled element showing another post is a second row', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [seen('1')], T1);
    await recordSeenPosts(db, [seen('2')], T1);
    expect(await db.posts.count()).toBe(2);
    expect(await db.events.count()).toBe(2);
  });

  it('marks competitor and own posts, keeps values a later rendering does not show', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [seen('c', {}, { role: 'competitor' }), seen('o', {}, { role: 'own' })], T1);
    await recordSeenPosts(db, [seen('c', { postedAt: null, url: null }, { role: 'competitor' })], T2);
    const c = await db.posts.get(['x', 'c']);
    expect(c).toMatchObject({ competitor: true, isOwn: false, postedAt: '2025-01-01T10:00:00.000Z', url: 'https://x.com/jane/status/c' });
    expect(await db.posts.get(['x', 'o'])).toMatchObject({ competitor: false, isOwn: true });
  });

  it('keeps the fuller text when a later rendering is truncated', async () => {
    const db = openDb(`t-${Math.random()}`);
    await recordSeenPosts(db, [seen('1', { text: 'Full text about Northwind Coffee' })], T1);
    await recordSeenPosts(db, [{ ...seen('1', { text: 'Full text…', truncated: true }), matches: [] }], T2);
    expect(await db.posts.get(['x', '1'])).toMatchObject({ text: 'Full text about Northwind Coffee', terms: ['Northwind Coffee'] });
  });

  it('records one engagement snapshot per own post per hour, the latest reading winning', async () => {
    const db = openDb(`t-${Math.random()}`);
    const own = (likes: number) => seen('9', { isOwn: true, engagement: { likes, comments: 1 } }, { role: 'own' });
    await recordSeenPosts(db, [own(3)], new Date('2025-01-01T12:05:00Z'));
    await recordSeenPosts(db, [own(5)], new Date('2025-01-01T12:55:00Z'));
    await recordSeenPosts(db, [own(8)], new Date('2025-01-01T13:01:00Z'));
    await recordSeenPosts(db, [seen('9', { isOwn: true, engagement: null }, { role: 'own' })], new Date('2025-01-01T14:00:00Z'));
    const snaps = await db.events.where('type').equals('engagement').sortBy('at');
    expect(snaps.map((e) => [e.id, e.data?.engagement?.likes])).toEqual([
      ['engagement:x:9:2025-01-01T12', 5],
      ['engagement:x:9:2025-01-01T13', 8],
    ]);
    expect((await db.posts.get(['x', '9']))?.engagement).toEqual({ likes: 8, comments: 1 });
  });

  it('stores a batch of 1,000 posts in one call, and a replay changes nothing', async () => {
    const db = openDb(`t-${Math.random()}`);
    const batch = Array.from({ length: 1000 }, (_, i) => seen(String(i)));
    expect(await recordSeenPosts(db, batch, T1)).toEqual({ created: 1000, updated: 0 });
    expect(await recordSeenPosts(db, batch, T1)).toEqual({ created: 0, updated: 1000 });
    expect(await db.posts.count()).toBe(1000);
    expect(await db.events.count()).toBe(1000);
  });

  it('ignores posts without an id and empty batches', async () => {
    const db = openDb(`t-${Math.random()}`);
    expect(await recordSeenPosts(db, [seen('')], T1)).toEqual({ created: 0, updated: 0 });
    expect(await recordSeenPosts(db, [], T1)).toEqual({ created: 0, updated: 0 });
  });

  it('aborts the whole batch when a write fails', async () => {
    const db = openDb(`t-${Math.random()}`);
    vi.spyOn(db.events, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(recordSeenPosts(db, [seen('1'), seen('2')], T1)).rejects.toThrow('disk full');
    expect(await db.posts.count()).toBe(0);
  });
});
