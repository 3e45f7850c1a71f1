/**
 * Smoke test of the built extension in real Chromium: it loads, asks for no more
 * than wxt.config.ts declares, its pages open cleanly, and nothing leaves the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { SITE_MATCHES } from '../../wxt.config';
import { availableSitePages, DEMO_BACKUP, importBackup, launchExtension, trackErrors, workerEval, type Session } from './harness';

interface Manifest {
  name: string;
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/** The manifest wxt.config.ts declares for a Chrome production build. */
async function declaredManifest(): Promise<Manifest> {
  const m = config.manifest;
  const env = { browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as const;
  return ((typeof m === 'function' ? await m(env) : await m) ?? {}) as unknown as Manifest;
}

const sorted = (a: string[] | undefined) => [...(a ?? [])].sort();

// A minimal page per site, so the smoke test runs content scripts even before the real fixtures land.
const inlinePage = (site: string) => () =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${site}</title></head><body><main>` +
  `<article><p>Ordered from Northwind Coffee last week and it never arrived. @NorthwindCoffee #northwind</p>` +
  `<img src="https://pbs.twimg.com/profile_images/1/avatar.jpg" alt=""></article>` +
  `<article><p>Southbay Roasters has the better espresso.</p></article></main></body></html>`;

describe('extension smoke', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchExtension();
    console.info(`[e2e] extension ${s.extensionId} up in ${s.launchMs} ms`);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('loads with exactly the permissions wxt.config.ts declares', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    expect(s.worker.url()).toBe(s.extensionUrl('background.js'));
    const manifest = await workerEval(
      s,
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest() as Manifest,
    );
    const declared = await declaredManifest();
    expect(manifest.name).toBe('Earshot');
    expect(manifest.manifest_version).toBe(3);
    expect(sorted(manifest.permissions)).toEqual(sorted(declared.permissions));
    expect(sorted(manifest.host_permissions)).toEqual(sorted(SITE_MATCHES));
    const all = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    expect(all).not.toContain('tabs');
    expect(all).not.toContain('<all_urls>');
    expect(all.filter((p) => p.includes('*://*/'))).toEqual([]);
    // Content scripts run only where the host permissions allow.
    for (const cs of manifest.content_scripts ?? []) {
      for (const match of cs.matches ?? []) expect(SITE_MATCHES).toContain(match);
    }
  });

  it.each(['popup.html', 'options.html'])('%s opens without console errors', async (path) => {
    const page = await s.context.newPage();
    const errors = trackErrors(page);
    await page.goto(s.extensionUrl(path));
    // React renders into #root; give effects (DB open, first queries) a moment to fail if they will.
    await page.locator('#root > *').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    expect((await page.locator('body').innerText()).trim()).not.toBe('');
    await page.close();
  });

  // Last in the file: it checks the whole session, including the page loads above.
  it('sends no request anywhere but the routed fixture hosts', async () => {
    const pages = availableSitePages();
    const routed = pages.length
      ? pages
      : [
          { fixture: '', url: 'https://x.com/home' },
          { fixture: '', url: 'https://www.linkedin.com/feed/' },
          { fixture: '', url: 'https://www.facebook.com/' },
        ];
    for (const p of routed) s.serve(p.url, p.fixture ? p.fixture : inlinePage(new URL(p.url).host));
    // With a watchlist the content scripts match, classify and store posts: the paths most likely to
    // phone home. Best effort, so this test does not depend on the options page (backup.e2e.ts does).
    await importBackup(s, DEMO_BACKUP).catch((e: Error) => console.warn(`[e2e] no watchlist imported: ${e.message}`));
    for (const p of routed) {
      const page = await s.context.newPage();
      await page.goto(p.url);
      await page.waitForTimeout(800); // content scripts work in idle time
      await page.close();
    }
    const popup = await s.openPage('popup.html');
    await popup.waitForTimeout(500);

    // Positive control: a request the guard must see and stop.
    const control = 'https://tracker.example/collect';
    await popup.evaluate((u) => fetch(u).catch(() => null), control);
    await popup.close();
    expect(s.requestLog.find((r) => r.url === control)).toMatchObject({ from: 'extension', outcome: 'blocked' });
    for (const p of routed) expect(s.requests).toContain(p.url);

    const leaks = s.leaks().filter((r) => r.url !== control);
    expect(leaks, `requests that left the routed fixture hosts:\n${leaks.map((r) => `${r.from} ${r.url}`).join('\n')}`).toEqual([]);
  });
});
