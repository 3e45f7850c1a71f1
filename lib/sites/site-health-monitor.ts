import type { SiteHealthReport } from '../messaging/protocol';
import type { SiteAdapter } from './types';

/**
 * Says so when a page that should show posts shows none we can read — the
 * site changed its layout — instead of failing silently (product.md §2).
 * Reports only changes of state, once per page.
 */

export interface SiteHealthMonitor {
  /** A readable post was found on the current page. */
  postRead(): void;
  /** No readable post yet on this page (the post processor reads posts in full until one is). */
  readonly waiting: boolean;
  /** The URL changed (SPA navigation): start counting again. */
  navigated(url: string): void;
}

export function createSiteHealthMonitor(
  adapter: SiteAdapter,
  report: (r: SiteHealthReport) => void,
  options: { graceMs?: number; signal: AbortSignal; initialUrl: string },
): SiteHealthMonitor {
  const grace = options.graceMs ?? 8000;
  let url = options.initialUrl;
  let count = 0;
  let reported: boolean | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const send = (ok: boolean): void => {
    if (reported === ok) return;
    reported = ok;
    report({ site: adapter.site, url, postsFound: count, ok, at: new Date().toISOString() });
  };

  const arm = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      let expects: boolean;
      try {
        expects = adapter.expectsPosts(new URL(url));
      } catch {
        expects = false;
      }
      if (count === 0 && expects) send(false);
    }, grace);
  };

  options.signal.addEventListener('abort', () => {
    if (timer !== null) clearTimeout(timer);
  });
  arm();

  return {
    postRead() {
      count += 1;
      if (count === 1) send(true);
    },
    get waiting() {
      return count === 0;
    },
    navigated(next) {
      if (next === url) return;
      url = next;
      count = 0;
      reported = null;
      arm();
    },
  };
}
