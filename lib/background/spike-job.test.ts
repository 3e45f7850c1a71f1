import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detectSpike } from '../cases/spike';
import type { StoredPost } from '../model/types';
import { openDb } from '../db/schema';
import { getSpikeState, spikeStateItem, type SpikeState } from '../settings/spike-state';
import { negativeMentionTimes, nextSpikeState, runSpikeCheck, SPIKE_NOTIFICATION_ID } from './spike-job';

const NOW = new Date('2025-06-01T12:00:00Z');
const HOUR = 3_600_000;
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * HOUR).toISOString();

const post = (postId: string, h: number, over: Partial<StoredPost> = {}): StoredPost => ({
  site: 'x', postId, url: null, author: 'A', handle: null, text: 'bad', postedAt: null, isComment: false, isOwn: false,
  isPromoted: false, terms: ['Northwind'], kind: 'issue', sentiment: -0.6, urgency: 0, reasons: [], competitor: false,
  firstSeenAt: hoursAgo(h), lastSeenAt: hoursAgo(h), ...over,
});

describe('negativeMentionTimes', () => {
  it('keeps mentions below the neutral band, never competitor or own posts', () => {
    const posts = [
      post('a', 1), post('b', 2, { sentiment: -0.05 }), post('c', 3, { sentiment: -0.051 }), post('d', 4, { competitor: true }),
      post('e', 5, { isOwn: true }), post('f', 6, { sentiment: 0.7 }),
    ];
    expect(negativeMentionTimes(posts)).toEqual([hoursAgo(1), hoursAgo(3)]);
  });
});

describe('nextSpikeState', () => {
  const spiking = detectSpike(Array.from({ length: 6 }, (_, i) => hoursAgo(i + 1)), NOW);
  const quiet = detectSpike([hoursAgo(1)], NOW);

  it('notifies when the alert turns on, not while it stays on, and again after it went off', () => {
    const first = nextSpikeState(spiking, null, NOW);
    expect(first).toMatchObject({ notify: true, state: { spiking: true, since: NOW.toISOString(), last24h: 6, threshold: 5 } });
    expect(first.state.explanation).toMatch(/^Spike: 6 negative mentions in the last 24 h/);
    const later = new Date(NOW.getTime() + 15 * 60_000);
    const second = nextSpikeState(spiking, first.state, later);
    expect(second.notify).toBe(false);
    expect(second.state.since).toBe(NOW.toISOString()); // still the same spike
    const off = nextSpikeState(quiet, second.state, later);
    expect(off).toMatchObject({ notify: false, state: { spiking: false, since: null } });
    expect(nextSpikeState(spiking, off.state, later).notify).toBe(true);
  });
});

describe('runSpikeCheck', () => {
  it('stores the result, colours the badge and notifies once', async () => {
    const db = openDb(`spike-${Math.random()}`);
    await db.posts.bulkPut([
      ...Array.from({ length: 6 }, (_, i) => post(`n${i}`, i + 1)),
      post('old', 24 * 20), // outside the 8 days read
      post('comp', 2, { competitor: true }),
    ]);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const state = await runSpikeCheck(db, NOW);
    expect(state).toMatchObject({ spiking: true, last24h: 6 });
    expect(await getSpikeState()).toEqual(state);
    expect(create).toHaveBeenCalledOnce();
    expect(create).toHaveBeenCalledWith(SPIKE_NOTIFICATION_ID, expect.objectContaining({ type: 'basic', message: state.explanation }));
    expect(create.mock.calls[0]![1]).toMatchObject({ iconUrl: expect.stringMatching(/^data:image\/png;base64,/) });
    await runSpikeCheck(db, new Date(NOW.getTime() + 60_000));
    expect(create).toHaveBeenCalledOnce();
  });

  it('a quiet week stores "no spike" and does not notify', async () => {
    await spikeStateItem.setValue({ spiking: true, since: hoursAgo(5) } as SpikeState);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const state = await runSpikeCheck(openDb(`spike-${Math.random()}`), NOW);
    expect(state).toMatchObject({ spiking: false, since: null, last24h: 0 });
    expect(state.explanation).toMatch(/^No spike/);
    expect(create).not.toHaveBeenCalled();
  });
});
