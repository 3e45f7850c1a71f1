/**
 * Runs queued work in idle time, in small slices, so the content script never
 * produces a long task on the site's main thread. Items are deduplicated: a post
 * queued three times by three mutations is processed once.
 */

export interface IdleQueue<T> {
  add(item: T): void;
  /** Number of items waiting. */
  readonly size: number;
  /** Processes everything now (tests, shutdown). */
  flush(): void;
}

export interface IdleQueueOptions {
  /** Longest slice of work per idle callback, in ms; well under the 50 ms long-task line. */
  budgetMs?: number;
  /** Work still waiting after this long runs even if the page never goes idle. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

type IdleHandle = number;

const requestIdle: (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, opts: { timeout: number }) => IdleHandle =
  typeof requestIdleCallback === 'function'
    ? (cb, opts) => requestIdleCallback(cb, opts)
    : (cb) => setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: true }), 16) as unknown as number;

const cancelIdle: (handle: IdleHandle) => void =
  typeof cancelIdleCallback === 'function' ? (h) => cancelIdleCallback(h) : (h) => clearTimeout(h);

export function createIdleQueue<T>(process: (item: T) => void, options: IdleQueueOptions = {}): IdleQueue<T> {
  const budget = options.budgetMs ?? 8;
  const timeout = options.timeoutMs ?? 300;
  const pending = new Set<T>();
  let handle: IdleHandle | null = null;

  const runSlice = (deadline: { timeRemaining(): number; didTimeout: boolean }): void => {
    handle = null;
    const start = performance.now();
    for (const item of pending) {
      pending.delete(item);
      try {
        process(item);
      } catch (error) {
        // One odd post must never stop the queue or throw into the page.
        console.debug('[earshot] skipped an item', error);
      }
      const spent = performance.now() - start;
      if (spent >= budget || (!deadline.didTimeout && deadline.timeRemaining() <= 1)) break;
    }
    if (pending.size > 0) schedule();
  };

  const schedule = (): void => {
    if (handle !== null || options.signal?.aborted) return;
    handle = requestIdle(runSlice, { timeout });
  };

  options.signal?.addEventListener('abort', () => {
    if (handle !== null) cancelIdle(handle);
    pending.clear();
  });

  return {
    add(item) {
      if (options.signal?.aborted) return;
      pending.add(item);
      schedule();
    },
    get size() {
      return pending.size;
    },
    flush() {
      for (const item of pending) {
        pending.delete(item);
        process(item);
      }
    },
  };
}
