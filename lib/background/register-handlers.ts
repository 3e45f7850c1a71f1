import { browser } from 'wxt/browser';
import { classifyPost } from '../classify/classify-post';
import { getDb } from '../db';
import { classifyDbError } from '../db/db-faults';
import { clearDbFault, reportDbFault } from '../settings/db-health';
import { recordSeenPosts } from '../db/record-posts';
import { listTerms } from '../db/terms-repo';
import { installDefaultTemplates } from '../db/templates-repo';
import { onMessage, sendMessage } from '../messaging/protocol';
import { saveSiteHealth } from '../settings/site-health';
import { publishWatchlist } from '../settings/watchlist-mirror';
import { getReplyOptions, recordReply, renderReply } from './reply-handlers';
import { getPostStatus, openCasesForIssues, runCaseAction } from './case-handlers';
import { refreshBadge, registerBadge } from './badge';
import { getEscalationSettings } from '../settings/escalation-settings';
import { registerRetentionJob } from './retention-job';
import { registerSpikeJob } from './spike-job';

/**
 * Background service worker: owns the database (extension origin only), answers
 * the content scripts, and opens onboarding on first install. All listeners are
 * registered synchronously at start-up, as MV3 requires for wake-ups.
 */
export function registerBackgroundHandlers(): void {
  onMessage('classifyTexts', ({ data }) => data.map((text) => classifyPost(text)));
  onMessage('recordPosts', async ({ data }) => {
    try {
      const result = await recordSeenPosts(getDb(), data);
      await openCasesForIssues(data);
      await clearDbFault();
      return result;
    } catch (error) {
      // Tell the user (popup and settings banner); the content script keeps the batch and retries.
      await reportDbFault(classifyDbError(error));
      throw error;
    }
  });
  onMessage('getPostStatus', ({ data }) => getPostStatus(data.site, data.postId));
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
