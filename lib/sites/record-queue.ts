import type { SeenPost } from '../messaging/protocol';

/**
 * Batches what the content script saw and hands it to the background, retrying
 * until acknowledged: the MV3 service worker may be asleep or restarting. Keyed
 * by post, latest wins, so a post seen ten times while scrolling is sent once.
 */

export interface RecordQueue {
  add(post: SeenPost): void;
  flush(): Promise<void>;
  readonly pending: number;
}

export interface RecordQueueOptions {
  delayMs?: number;
  maxBatch?: number;
  signal?: AbortSignal;
}

const key = (p: SeenPost): string => `${p.data.site}:${p.data.postId}`;

/** After an extension update the old content script can no longer talk to anyone. */
const isFatal = (error: unknown): boolean => /context invalidated/i.test(String(error));

export function createRecordQueue(send: (batch: SeenPost[]) => Promise<unknown>, options: RecordQueueOptions = {}): RecordQueue {
  const delay = options.delayMs ?? 750;
  const maxBatch = options.maxBatch ?? 100;
  const pending = new Map<string, SeenPost>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let backoff = 0;
  let sending: Promise<void> | null = null;
  let dead = false;

  const schedule = (ms: number): void => {
    if (timer !== null || dead || options.signal?.aborted) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
  };

  const sendBatch = async (): Promise<void> => {
    const batch = [...pending.values()].slice(0, maxBatch);
    for (const post of batch) pending.delete(key(post));
    try {
      await send(batch);
      backoff = 0;
    } catch (error) {
      if (isFatal(error)) {
        dead = true;
        return;
      }
      // Put back what was not acknowledged unless a newer copy arrived meanwhile.
      for (const post of batch) if (!pending.has(key(post))) pending.set(key(post), post);
      backoff = Math.min(30_000, backoff ? backoff * 2 : 500);
    }
  };

  const flush = async (): Promise<void> => {
    if (sending) return sending;
    sending = (async () => {
      while (pending.size > 0 && !dead) {
        const before = backoff;
        await sendBatch();
        if (backoff > before || backoff > 0) break;
      }
    })();
    try {
      await sending;
    } finally {
      sending = null;
      if (pending.size > 0) schedule(backoff || delay);
    }
  };

  options.signal?.addEventListener('abort', () => {
    if (timer !== null) clearTimeout(timer);
  });

  return {
    add(post) {
      if (dead) return;
      pending.set(key(post), post);
      schedule(delay);
    },
    flush,
    get pending() {
      return pending.size;
    },
  };
}
