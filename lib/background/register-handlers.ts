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
import { assertSender, sitesOf } from './sender-guard';

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
  // Every handler first checks who sent it (sender-guard.ts): a site's content script may only
  // send data for that site; extension pages may send anything. A refusal rejects the sender's promise.
  onMessage('recordPosts', ({ data, sender }) => {
    assertSender('recordPosts', sender, sitesOf(data, (p) => p.data?.site));
    return recordPosts(data);
  });
  onMessage('seePosts', async ({ data, sender }) => {
    assertSender('seePosts', sender, sitesOf(data, (p) => p.data?.site));
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
  onMessage('getPostStatuses', ({ data, sender }) => {
    assertSender('getPostStatuses', sender, sitesOf(data, (p) => p.site));
    return Promise.all(data.map((p) => getPostStatus(p.site, p.postId)));
  });
  onMessage('caseAction', ({ data, sender }) => {
    assertSender('caseAction', sender, [data?.site]);
    return runCaseAction(data);
  });
  onMessage('getEscalationCategories', async ({ sender }) => {
    assertSender('getEscalationCategories', sender, []);
    return (await getEscalationSettings()).categories.map(({ name, contactName, email }) => ({ name, contactName, email }));
  });
  onMessage('casesChanged', ({ sender }) => {
    assertSender('casesChanged', sender, [], { extensionOnly: true });
    return refreshBadge().then(() => undefined);
  });
  registerBadge();
  registerRetentionJob();
  registerSpikeJob();
  onMessage('reportHealth', ({ data, sender }) => {
    assertSender('reportHealth', sender, [data?.site]);
    return saveSiteHealth(data);
  });
  onMessage('getReplyOptions', ({ data, sender }) => {
    assertSender('getReplyOptions', sender, [data?.site]);
    return getReplyOptions(data);
  });
  onMessage('renderReply', ({ data, sender }) => {
    assertSender('renderReply', sender, [data?.target?.site]);
    return renderReply(data.target, data.templateId);
  });
  onMessage('recordReply', ({ data, sender }) => {
    assertSender('recordReply', sender, [data?.site]);
    return recordReply(data);
  });

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
