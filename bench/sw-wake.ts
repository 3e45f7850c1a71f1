/**
 * What a service-worker start costs a content script's first message after the worker slept
 * (MV3 stops it after ~30 s idle): stop the worker (CDP Target.closeTarget, as the e2e test of
 * worker restarts does), then time one message from an extension page to its answer. A
 * developer's tool for background bundle changes, run against two builds in turn:
 *   EARSHOT_EXTENSION_DIR=<build>/chrome-mv3 npx tsx bench/sw-wake.ts
 * Prints the median of 12 wakes (one warm-up excluded by the sort's middle).
 */
import type { Page } from 'playwright-core';

const { launchExtension } = await import('../tests/e2e/harness');
const WAKES = 12;

async function stopWorker(session: Awaited<ReturnType<typeof launchExtension>>, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
    if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const session = await launchExtension();
try {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('manifest.json'));
  const times: number[] = [];
  for (let i = 0; i < WAKES; i++) {
    await stopWorker(session, page);
    await page.waitForTimeout(500);
    // A cheap handler (the escalation categories): the time is the worker's start.
    times.push(
      (await page.evaluate(
        `new Promise((done) => { const t = performance.now(); chrome.runtime.sendMessage({ id: 1, type: 'getEscalationCategories', data: undefined, timestamp: Date.now() }, () => { void chrome.runtime.lastError; done(performance.now() - t); }); })`,
      )) as number,
    );
  }
  times.sort((a, b) => a - b);
  console.log(`service worker wake + first answer: median ${times[WAKES / 2]!.toFixed(0)} ms (all: ${times.map((t) => t.toFixed(0)).join(', ')})`);
} finally {
  await session.close();
}
