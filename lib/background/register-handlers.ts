import { browser } from 'wxt/browser';
import { classifyPost } from '../classify/classify-post';
import { getDb } from '../db';
import { classifyDbError } from '../db/db-faults';
import { clearDbFault, reportDbFault } from '../settings/db-health';
import { recordSeenPosts } from '../db/record-posts';
import { listTerms } from '../db/terms-repo';
import { installDefaultTemplates } from '../db/templates-repo';
import { onMessage, sendMessage, type RecordResult, type SeenPost } from '../messaging/protocol';
import { saveSiteHealth } from '../settings/site-health';
import { publishWatchlist } from '../settings/watchlist-mirror';
import { getReplyOptions, recordReply, renderReply } from './reply-handlers';
import { getPostStatus, openCasesForIssues, runCaseAction } from './case-handlers';
import { refreshBadge, registerBadge } from './badge';
import { getEscalationSettings } from '../settings/escalation-settings';
import { registerRetentionJob } from './retention-job';
import { registerSpikeJob } from './spike-job';

/** Stores sightings and opens cases for issues; a storage fault is shown to the user and rethrown (the content script retries). */
async function recordPosts(posts: SeenPost[]): Promise<RecordResult> {
  try {
    const result = await recordSeenPosts(getDb(), posts);
    await openCasesForIssues(posts);
    await clearDbFault();
    return result;
  } catch (error) {
    // Tell the user (popup and settings banner); the content script keeps the batch and retries.
    await reportDbFault(classifyDbError(error));
    throw error;
  }
}

/**
 * Background service worker: owns the database (extension origin only), answers
 * the content scripts, and opens onboarding on first install. All listeners are
 * registered synchronously at start-up, as MV3 requires for wake-ups.
 */
export function registerBackgroundHandlers(): void {
  onMessage('recordPosts', ({ data }) => recordPosts(data));
  onMessage('seePosts', async ({ data }) => {
    const seen: SeenPost[] = data.map((sighting) => ({ ...sighting, classification: classifyPost(sighting.data.text) }));
    try {
      await recordPosts(seen);
      const statuses = await Promise.all(seen.map((p) => getPostStatus(p.data.site, p.data.postId)));
      return seen.map((p, i) => ({ classification: p.classification, status: statuses[i]!, recorded: true }));
    } catch {
      // Storage failed (already reported to the user): the page still gets the classification and
      // its retrying record queue keeps the sightings until the database takes them.
      return seen.map((p) => ({ classification: p.classification, status: null, recorded: false }));
    }
  });
  onMessage('getPostStatus', ({ data }) => getPostStatus(data.site, data.postId));
  onMessage('getPostStatuses', ({ data }) => Promise.all(data.map((p) => getPostStatus(p.site, p.postId))));
  onMessage('caseAction', ({ data }) => runCaseAction(data));
  onMessage('getEscalationCategories', async () =>
    (await getEscalationSettings()).categories.map(({ name, contactName, email }) => ({ name, contactName, email })),
  );
  onMessage('casesChanged', () => refreshBadge().then(() => undefined));
  registerBadge();
  registerRetentionJob();
  registerSpikeJob();
  onMessage('reportHealth', ({ data }) => saveSiteHealth(data));
  onMessage('getReplyOptions', ({ data }) => getReplyOptions(data));
  onMessage('renderReply', ({ data }) => renderReply(data.target, data.templateId));
  onMessage('recordReply', ({ data }) => recordReply(data));

  // The keyboard shortcut (manifest command) opens the template picker in the focused reply box.
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'open-template-picker') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void sendMessage('openTemplatePicker', undefined, tab.id).catch(() => {});
    });
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void (async () => {
      const db = getDb();
      await installDefaultTemplates(db);
      await publishWatchlist(await listTerms(db));
      if (reason === 'install') await browser.runtime.openOptionsPage();
    })();
  });

  // The mirror the content scripts read is rebuilt from the database on every start,
  // so it can never drift for long (e.g. after a crash between the two writes).
  browser.runtime.onStartup.addListener(() => {
    void listTerms(getDb()).then(publishWatchlist);
  });
}
