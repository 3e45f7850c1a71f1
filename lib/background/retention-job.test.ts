import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb } from '../db/schema';
import type { StoredPost } from '../model/types';
import { saveRetentionMonths } from '../settings/retention';
import { ensureAlarm } from './ensure-alarm';
import { runRetention } from './retention-job';

const NOW = new Date('2025-06-01T12:00:00Z');
const post = (postId: string, firstSeenAt: string): StoredPost => ({
  site: 'x', postId, url: null, author: 'A', handle: null, text: 't', postedAt: null, isComment: false, isOwn: false,
  isPromoted: false, terms: [], kind: 'other', sentiment: 0, urgency: 0, reasons: [], competitor: false, firstSeenAt, lastSeenAt: firstSeenAt,
});

describe('runRetention', () => {
  it('prunes by the saved choice (default 1 year), and not at all for "forever"', async () => {
    const db = openDb(`ret-${Math.random()}`);
    await db.posts.bulkPut([post('13mo', '2024-05-01T00:00:00Z'), post('5mo', '2025-01-01T00:00:00Z'), post('1mo', '2025-05-01T00:00:00Z')]);
    expect(await runRetention(db, NOW)).toMatchObject({ posts: 1 });
    await saveRetentionMonths(null);
    expect(await runRetention(db, NOW)).toBeNull();
    expect(await db.posts.count()).toBe(2);
    await saveRetentionMonths(3);
    expect(await runRetention(db, NOW)).toMatchObject({ posts: 1 });
    expect((await db.posts.toArray()).map((p) => p.postId)).toEqual(['1mo']);
  });
});

describe('ensureAlarm', () => {
  it('creates a periodic alarm once and does not reschedule it on the next start', async () => {
    await ensureAlarm('job', 60, 5);
    const first = await fakeBrowser.alarms.get('job');
    expect(first).toMatchObject({ periodInMinutes: 60 });
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await ensureAlarm('job', 60, 5);
    expect(create).not.toHaveBeenCalled();
    await ensureAlarm('job', 15);
    expect(await fakeBrowser.alarms.get('job')).toMatchObject({ periodInMinutes: 15 });
  });
});
