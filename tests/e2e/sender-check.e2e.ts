/**
 * The background's sender check in the real browser (lib/messaging/sender-check.ts): a content
 * script's context on x.com — which a compromised page cannot enter, but which is the only way in —
 * may write X data and nothing else. The messages are sent from Earshot's own isolated world on the
 * page (reached through CDP), exactly as the content script sends them (@webext-core/messaging).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, exportBackup, importBackup, launchExtension, type Session } from './harness';
import { openSitePage, waitForMarks } from './listening';

/** Earshot's content-script world on the page (its isolated world, named after the extension), through CDP. */
async function contentScriptWorld(page: Page, cdp: CDPSession): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable'); // reports the contexts that exist already
  const find = () => contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Earshot');
  for (let i = 0; i < 50 && !find(); i += 1) await page.waitForTimeout(100);
  const world = find();
  if (!world) throw new Error(`No Earshot content-script world on ${page.url()}: ${contexts.map((c) => c.name).join(', ')}`);
  return world.id;
}

/** Runs `expression` in that world and returns its (awaited) value. */
async function evaluateIn(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as {
    result: { value?: unknown };
    exceptionDetails?: { text: string };
  };
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

/** A recordPosts message as @webext-core/messaging sends it, for one post of `site`. */
const recordPosts = (site: string, postId: string): string => {
  const post = {
    data: { site, postId, url: null, author: 'Mallory', handle: null, text: 'Northwind Coffee is a scam', postedAt: null, isComment: false, isOwn: false, isPromoted: false },
    matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
    classification: { kind: 'issue', sentiment: -0.8, urgency: 0.5, reasons: [] },
    role: 'mention',
    seenAt: new Date().toISOString(),
  };
  const message = { id: 1, type: 'recordPosts', data: [post], timestamp: Date.now() };
  return `chrome.runtime.sendMessage(${JSON.stringify(message)})`;
};

describe('sender check', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
  });
  afterAll(() => s?.close());

  it("refuses another site's data from X's content script, and takes X's own", async () => {
    const page = await openSitePage(s, { fixture: 'sites/x/home.html', url: 'https://x.com/home' });
    await waitForMarks(page, 1); // the content script is running
    const cdp = await s.context.newCDPSession(page);
    const world = await contentScriptWorld(page, cdp);

    const refused = (await evaluateIn(cdp, world, recordPosts('linkedin', 'urn:li:activity:6660000000000000001'))) as { err?: { message?: string } };
    expect(refused.err?.message).toBe('Earshot refused a "recordPosts" message: a page of X (https://x.com) may not send data for LinkedIn.');
    const accepted = (await evaluateIn(cdp, world, recordPosts('x', '6660000000000000002'))) as { res?: { created: number } };
    expect(accepted.res).toEqual({ created: 1, updated: 0 });

    const ids = ((await exportBackup(s)).mentions as { postId: string }[]).map((m) => m.postId);
    expect(ids).toContain('6660000000000000002');
    expect(ids).not.toContain('urn:li:activity:6660000000000000001');
    await cdp.detach();
    await page.close();
  });
});
