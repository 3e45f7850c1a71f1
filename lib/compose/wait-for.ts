/**
 * Waits for an element the site creates later (its reply box appears only after the user
 * clicks Reply/Comment). A MutationObserver answers as soon as the DOM changes; a per-frame
 * check catches what it cannot see (elements in shadow roots, a box that only becomes visible).
 */

export interface WaitOptions {
  /** Give up after this long and resolve null (sites render the box within ~1 s). */
  timeoutMs?: number;
  /** Aborting rejects with `signal.reason`; the observer, frame and timer are released. */
  signal?: AbortSignal;
}

export function waitForElement(
  find: () => HTMLElement | null,
  { timeoutMs = 3000, signal }: WaitOptions = {},
): Promise<HTMLElement | null> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const found = find();
    if (found) return resolve(found);

    let done = false;
    let frame = 0;
    const finish = (settle: () => void): void => {
      done = true;
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const check = (): void => {
      const element = done ? null : find();
      if (element) finish(() => resolve(element));
    };
    const poll = (): void => {
      check();
      if (!done) frame = requestAnimationFrame(poll);
    };
    const onAbort = (): void => finish(() => reject(signal?.reason));

    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => finish(() => resolve(null)), timeoutMs);
    frame = requestAnimationFrame(poll);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
