import type { SeenPost } from '../messaging/protocol';
import { createRecordQueue } from './record-queue';

const post = (postId: string, text = 'Northwind Coffee'): SeenPost => ({
  data: {
    site: 'x', postId, url: `https://x.com/a/status/${postId}`, author: 'A', handle: 'a', text,
    postedAt: null, isComment: false, isOwn: false, isPromoted: false,
  },
  matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
  classification: { kind: 'other', sentiment: 0, urgency: 0, reasons: [] },
  role: 'mention',
  seenAt: '2026-11-23T10:00:00.000Z',
});

describe('createRecordQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends one batch with the latest copy of each post', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const queue = createRecordQueue(send, { delayMs: 100 });
    queue.add(post('1', 'old'));
    queue.add(post('1', 'new'));
    queue.add(post('2'));
    await vi.advanceTimersByTimeAsync(150);
    expect(send).toHaveBeenCalledTimes(1);
    const batch = send.mock.calls[0]![0] as SeenPost[];
    expect(batch.map((p) => p.data.text)).toEqual(['new', 'Northwind Coffee']);
  });

  it('retries until the background acknowledges (service worker asleep)', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('Could not establish connection')).mockResolvedValue(undefined);
    const queue = createRecordQueue(send, { delayMs: 10 });
    queue.add(post('1'));
    await vi.advanceTimersByTimeAsync(20);
    expect(queue.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(queue.pending).toBe(0);
  });

  it('stops quietly when the extension was reloaded under the page', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    const queue = createRecordQueue(send, { delayMs: 10 });
    queue.add(post('1'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('splits large backlogs into batches', async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const queue = createRecordQueue(send, { delayMs: 10, maxBatch: 50 });
    for (let i = 0; i < 120; i += 1) queue.add(post(String(i)));
    await vi.advanceTimersByTimeAsync(50);
    expect(send.mock.calls.map((c) => (c[0] as SeenPost[]).length)).toEqual([50, 50, 20]);
  });
});
