import type { PostSighting, SightingResult } from '../messaging/protocol';
import type { Classification } from '../model/types';
import { createSightingClient } from './sighting-client';

const answer = (kind: Classification['kind']): Classification => ({ kind, sentiment: 0, urgency: 0, reasons: ['from background'] });
const sighting = (postId: string, text: string): PostSighting => ({
  data: { site: 'x', postId, url: null, author: 'A', handle: 'a', postedAt: null, isComment: false, isOwn: false, isPromoted: false, text },
  matches: [{ termText: 'Northwind', kind: 'brand' }],
  role: 'mention',
  seenAt: '2026-11-23T10:00:00.000Z',
});

describe('createSightingClient', () => {
  it('sends sightings made together in one message and returns classification, status and recorded', async () => {
    const send = vi.fn(async (items: PostSighting[]): Promise<SightingResult[]> =>
      items.map(() => ({ classification: answer('question'), status: { case: null, replied: false }, recorded: true })));
    const see = createSightingClient(send, { windowMs: 5 });
    const [a, b] = await Promise.all([see(sighting('1', 'one')), see(sighting('2', 'two'))]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].map((s) => s.data.postId)).toEqual(['1', '2']);
    expect(a).toEqual({ classification: answer('question'), status: { case: null, replied: false }, recorded: true });
    expect(b.recorded).toBe(true);
  });

  it('answers a text it has classified from its cache, unrecorded, without a message', async () => {
    const send = vi.fn(async (items: PostSighting[]): Promise<SightingResult[]> =>
      items.map(() => ({ classification: answer('praise'), status: { case: null, replied: false }, recorded: true })));
    const see = createSightingClient(send, { windowMs: 1 });
    await see(sighting('1', 'same words'));
    const again = await see(sighting('9', 'same words'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(again).toEqual({ classification: answer('praise'), status: null, recorded: false });
  });

  it('falls back to the local rules, unrecorded, when the background fails or is slow', async () => {
    const failing = createSightingClient(() => Promise.reject(new Error('no receiver')), { windowMs: 1 });
    const failed = await failing(sighting('1', 'My order never arrived'));
    expect(failed.classification.kind).toBe('issue');
    expect(failed.recorded).toBe(false);
    const slow = createSightingClient(() => new Promise(() => {}), { windowMs: 1, timeoutMs: 20 });
    const late = await slow(sighting('2', 'Does it ship to Canada?'));
    expect(late.classification.kind).toBe('question');
    expect(late.recorded).toBe(false);
  });
});

describe('createSightingClient while a request is in flight', () => {
  it('holds what is seen meanwhile and sends it together when the answer comes', async () => {
    let release: () => void = () => {};
    const send = vi.fn(
      (items: PostSighting[]) =>
        new Promise<SightingResult[]>((resolve) => {
          release = () => resolve(items.map(() => ({ classification: answer('other'), status: null, recorded: true })));
        }),
    );
    const see = createSightingClient(send, { windowMs: 1 });
    const first = see(sighting('1', 'first'));
    await new Promise((r) => setTimeout(r, 10));
    expect(send).toHaveBeenCalledTimes(1);
    const later = [see(sighting('2', 'second')), see(sighting('3', 'third'))];
    await new Promise((r) => setTimeout(r, 10));
    expect(send).toHaveBeenCalledTimes(1); // still waiting for the first answer
    release();
    await first;
    await new Promise((r) => setTimeout(r, 10));
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0].map((s) => s.data.postId)).toEqual(['2', '3']);
    release();
    expect((await Promise.all(later)).every((s) => s.recorded)).toBe(true);
  });
});
