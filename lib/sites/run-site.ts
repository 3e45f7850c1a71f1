import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIdleQueue } from '../dom/idle-queue';
import { observePosts } from '../dom/observe-posts';
import { readPageTheme } from '../dom/page-theme';
import { createMentionHighlighter } from '../highlight/mention-highlight';
import { compileWatchlist, type Matcher } from '../matching';
import { sendMessage } from '../messaging/protocol';
import { CHIP_TAG } from '../overlay/chip';
import { readWatchlist, watchWatchlist } from '../settings/watchlist-mirror';
import { createPostProcessor, type ProcessorDeps } from './post-processor';
import { createPostStatusClient } from './post-status-client';
import { decorateWithCaseActions } from './case-actions-wiring';
import { setUpQuickReplies } from './quick-replies';
import { createRecordQueue } from './record-queue';
import { createSightingClient } from './sighting-client';
import { createSiteHealthMonitor } from './site-health-monitor';
import type { CurrentUser, SiteAdapter } from './types';

/**
 * The content script's main loop for one site: read the watchlist, watch the
 * page, process posts in idle-time batches, mark and highlight matches, and
 * tell the background what was seen. Everything is tied to `ctx` so an
 * extension update or reload leaves nothing running on the page.
 */


const USER_REFRESH_MS = 2000;

export function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const signal = ctx.signal;
  let matcher: Matcher = compileWatchlist([]);
  let user: CurrentUser | null = null;
  let userReadAt = 0;
  let theme = readPageTheme(document);

  const getUser = (): CurrentUser | null => {
    const now = Date.now();
    if (now - userReadAt > USER_REFRESH_MS) {
      userReadAt = now;
      user = adapter.readCurrentUser(document) ?? user;
    }
    return user;
  };

  const highlighter = createMentionHighlighter();
  signal.addEventListener('abort', () => highlighter.dispose());

  const records = createRecordQueue((batch) => sendMessage('recordPosts', batch), { signal });
  const health = createSiteHealthMonitor(adapter, (report) => void sendMessage('reportHealth', report).catch(() => {}), {
    signal,
    initialUrl: location.href,
  });

  const quickReplies = setUpQuickReplies(adapter, { getUser, getTheme: () => theme, signal });
  const statusOf = createPostStatusClient((posts) => sendMessage('getPostStatuses', posts), () => records.flush());
  const decorateChip: ProcessorDeps['decorateChip'] = (chip, found, seen, status) => {
    quickReplies.decorateChip(chip, found, seen);
    decorateWithCaseActions(chip, found, () => records.flush(), status ? () => Promise.resolve(status) : statusOf);
  };

  const processor = createPostProcessor({
    adapter,
    highlighter,
    getMatcher: () => matcher,
    getUser,
    getTheme: () => theme,
    see: createSightingClient((sightings) => sendMessage('seePosts', sightings)),
    onSeen: (post) => records.add(post),
    onPostRead: () => health.postRead(),
    wantsFullRead: () => health.waiting,
    decorateChip,
  });

  const queue = createIdleQueue<HTMLElement>((element) => processor.process(element), { signal });
  const observer = observePosts(document.body ?? document.documentElement, {
    findPosts: (root) => adapter.findPostElements(root),
    onPosts: (elements) => elements.forEach((element) => queue.add(element)),
    onRemoved: () => highlighter.prune(),
    ownTag: CHIP_TAG,
    signal,
    defer: (run) => setTimeout(run, 50),
  });

  const applyWatchlist = (terms: Parameters<typeof compileWatchlist>[0]): void => {
    matcher = compileWatchlist(terms);
    processor.invalidate();
    observer.rescan();
  };
  void readWatchlist().then(applyWatchlist);
  const unwatch = watchWatchlist(applyWatchlist);
  signal.addEventListener('abort', unwatch);

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    userReadAt = 0;
    theme = readPageTheme(document);
    health.navigated(location.href);
    observer.rescan();
  });
  // Push what is pending before the page goes away.
  ctx.addEventListener(window, 'pagehide', () => void records.flush());
}
