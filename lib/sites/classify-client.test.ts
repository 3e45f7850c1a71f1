import type { Classification } from '../model/types';
import { createClassifyClient } from './classify-client';

const answer = (kind: Classification['kind']): Classification => ({ kind, sentiment: 0, urgency: 0, reasons: ['from background'] });

describe('createClassifyClient', () => {
  it('sends texts asked for together in one message and caches answers', async () => {
    const send = vi.fn(async (texts: string[]) => texts.map(() => answer('question')));
    const classify = createClassifyClient(send, { windowMs: 5 });
    const [a, b] = await Promise.all([classify('one'), classify('two')]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toEqual(['one', 'two']);
    expect(a.reasons).toEqual(['from background']);
    expect(b.kind).toBe('question');
    await classify('one');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('falls back to the local rules when the background fails or is slow', async () => {
    const failing = createClassifyClient(() => Promise.reject(new Error('no receiver')), { windowMs: 1 });
    expect((await failing('My order never arrived')).kind).toBe('issue');
    const slow = createClassifyClient(() => new Promise(() => {}), { windowMs: 1, timeoutMs: 20 });
    expect((await slow('Does it ship to Canada?')).kind).toBe('question');
  });
});
