/**
 * No lost events: the MV3 service worker can be stopped at any time. Stop it (CDP Target.closeTarget,
 * what Chromium does to an idle worker) in the middle of a browsing session — while sightings are in
 * flight, after new posts appear, right after the user submits a reply — and every mention and the
 * reply must still be stored exactly once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BACKUP, exportBackup, importBackup, launchExtension, markedPosts, type Session } from './harness';
import { openSitePage, waitForMarks } from './listening';

async function stopWorker(s: Session, page: Page): Promise<boolean> {
  const cdp = await s.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${s.extensionId}/`));
    if (!worker) return false; // already stopped: the next message starts it again
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    return true;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

describe('service worker stopped mid-session', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    await importBackup(s, DEMO_BACKUP);
  });
  afterAll(() => s?.close());

  it('stores every mention and the reply exactly once', async () => {
    const page = await openSitePage(s, { fixture: 'sites/x/home.html', url: 'https://x.com/home' });
    expect(await stopWorker(s, page)).toBe(true); // sightings are still queued in the page
    await waitForMarks(page, 10);
    const appended: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      appended.push(await page.evaluate(() => (window as unknown as { __fixture: { appendTweet(): string } }).__fixture.appendTweet()));
      await stopWorker(s, page);
    }
    await expect.poll(async () => (await markedPosts(page)).filter((m) => appended.includes(m.id ?? '')).length, { timeout: 15_000 }).toBe(3);

    const chip = page.locator('[data-earshot-id="2060412900000000101"] > earshot-chip');
    await chip.getByRole('button', { name: /^Reply/ }).click();
    const submit = page.locator('#layers [role="dialog"] [data-testid="tweetButton"]');
    await expect.poll(async () => (await submit.getAttribute('aria-disabled')) !== 'true', { timeout: 15_000 }).toBe(true);
    await submit.click();
    await stopWorker(s, page);

    const expected = (await markedPosts(page)).map((m) => m.id!);
    const describe = async () => {
      const backup = await exportBackup(s);
      const ids = (backup.mentions as { postId: string }[]).map((m) => m.postId);
      return { missing: expected.filter((id) => !ids.includes(id)), duplicates: ids.length - new Set(ids).size, replies: (backup.replies as unknown[]).length };
    };
    await expect
      .poll(async () => {
        const backup = await exportBackup(s);
        const ids = (backup.mentions as { postId: string }[]).map((m) => m.postId);
        return expected.every((id) => ids.filter((x) => x === id).length === 1) && new Set(ids).size === ids.length && (backup.replies as unknown[]).length === 1;
      }, { timeout: 45_000, interval: 1000 })
      .toBe(true)
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)} — ${JSON.stringify(await describe())}`);
      });
    await page.close();
  });
});
