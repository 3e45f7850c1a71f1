/**
 * End-to-end harness: the built extension (.output/chrome-mv3) in Debian's
 * Chromium, driven by playwright-core. Facts it relies on: /work/shared/e2e.md.
 * It reads only what product.md §8 promises (highlights, data-earshot marks,
 * the earshot-chip, "Import backup"/"Export backup").
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';
import { buildEditorFixtures } from '../fixtures/editors/build.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// EARSHOT_EXTENSION_DIR: test a build kept elsewhere (e.g. a copy made before a rebuild).
export const EXTENSION_DIR = resolve(process.env.EARSHOT_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3'));
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

export const DEMO_BACKUP: Backup = JSON.parse(readFileSync(join(FIXTURES_DIR, 'backup/demo-backup.json'), 'utf8'));

/** The shape the tests read (contract §8); everything else passes through untouched. */
export interface Backup {
  format: string;
  version: number;
  terms?: { text: string; kind: string; exclude?: string[] }[];
  templates?: { name: string; category: string; body: string }[];
  mentions?: Record<string, unknown>[];
  [section: string]: unknown;
}

/** The sites' own hosts and CDNs: images there get a blank PNG so fixture pages render without errors. */
const SITE_HOSTS = /(^|\.)(x\.com|twitter\.com|twimg\.com|linkedin\.com|licdn\.com|facebook\.com|fbcdn\.net)$/;
const IMAGE_PATH = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=', // 1×1, fully transparent
  'base64',
);

export interface RequestRecord {
  url: string;
  /** Who asked: the extension's service worker, an extension page, or a site page (incl. content scripts). */
  from: 'worker' | 'extension' | 'page';
  outcome: 'fixture' | 'image' | 'extension-file' | 'blocked';
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** The current service worker (replaced if Chromium restarts it). */
  worker: Worker;
  /** Milliseconds from launch to the service worker being up. */
  launchMs: number;
  extensionUrl(path: string): string;
  /** Every request URL seen, in order (chrome-extension:// files included). */
  requests: string[];
  requestLog: RequestRecord[];
  /**
   * Serve a fixture at a real site URL. `fixture`: a path under tests/fixtures
   * (or absolute), or a function returning the HTML itself. `contentType`: HTML unless given.
   */
  serve(url: string | RegExp, fixture: string | (() => string), contentType?: string): void;
  /**
   * http(s) requests that the extension made itself (worker or its pages) or
   * that went to a host no fixture route covers. A private extension has none.
   */
  leaks(): RequestRecord[];
  /** The options tab onInstalled may open on first install, or null if none appears in `timeoutMs`. */
  firstRunPage(timeoutMs?: number): Promise<Page | null>;
  /** Open an extension page (e.g. 'options.html') in a new tab and wait for it to load. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(opts: { headless?: boolean } = {}): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first`);
  }
  const headless = opts.headless ?? true;
  if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
    // Chromium crashes headed without a display (e2e.md).
    throw new Error('headless: false needs a display: run under xvfb-run or set DISPLAY');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'earshot-e2e-'));
  const started = Date.now();
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Backstop: anything that escaped the route (none seen) hits a dead proxy, not the internet.
        '--proxy-server=http://127.0.0.1:9',
        '--proxy-bypass-list=<-loopback>',
      ],
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const fixtures: { url: string | RegExp; body: () => string; contentType: string }[] = [];
  const servedHosts = new Set<string>();
  const requests: string[] = [];
  const requestLog: RequestRecord[] = [];

  const handle = async (route: Route): Promise<void> => {
    const req = route.request();
    const url = req.url();
    requests.push(url);
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      // The extension's own files (chrome-extension://), data: and blob: never touch the network.
      if (u.protocol === 'chrome-extension:') requestLog.push({ url, from: sourceOf(req), outcome: 'extension-file' });
      return route.continue();
    }
    const bare = url.split('#')[0]!;
    const hit = fixtures.find((f) => (typeof f.url === 'string' ? f.url === bare : f.url.test(url)));
    if (hit) {
      servedHosts.add(u.hostname);
      requestLog.push({ url, from: sourceOf(req), outcome: 'fixture' });
      return route.fulfill({ status: 200, contentType: hit.contentType, body: hit.body() });
    }
    if (SITE_HOSTS.test(u.hostname) && (req.resourceType() === 'image' || IMAGE_PATH.test(u.pathname))) {
      servedHosts.add(u.hostname);
      requestLog.push({ url, from: sourceOf(req), outcome: 'image' });
      return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG });
    }
    requestLog.push({ url, from: sourceOf(req), outcome: 'blocked' });
    return route.abort('blockedbyclient');
  };
  await context.route('**/*', handle);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}/`;

  const session: Session = {
    context,
    extensionId,
    worker,
    launchMs: Date.now() - started,
    extensionUrl: (path) => base + path.replace(/^\//, ''),
    requests,
    requestLog,
    serve(url, fixture, contentType = 'text/html; charset=utf-8') {
      let body: () => string;
      if (typeof fixture === 'function') body = fixture;
      else {
        const file = isAbsolute(fixture) ? fixture : join(FIXTURES_DIR, fixture);
        if (!existsSync(file)) throw new Error(`Fixture not found: ${file}`);
        body = () => readFileSync(file, 'utf8'); // read per request: a reload sees edits
      }
      fixtures.unshift({ url, body, contentType }); // the latest registration wins
    },
    leaks: () =>
      requestLog.filter(
        (r) =>
          /^https?:/.test(r.url) &&
          (r.from !== 'page' || !servedHosts.has(new URL(r.url).hostname)),
      ),
    async firstRunPage(timeoutMs = 1500) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const page = context.pages().find((p) => p.url().startsWith(base + 'options.html'));
        if (page || Date.now() > deadline) return page ?? null;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(session.extensionUrl(path));
      return page;
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  context.on('serviceworker', (w) => {
    if (w.url().startsWith(base)) session.worker = w;
  });
  await serveEditorBundles(session).catch(async (err: unknown) => {
    await session.close(); // a failed bundle build must not leave a browser behind
    throw err;
  });
  // On install the background opens options.html (onboarding). Chrome may load it into whatever blank
  // tab is active, which would hijack a page a test just opened: let it land first.
  await session.firstRunPage(5000);
  return session;
}

/** Hosts whose fixture pages load the real editor libraries from /__fixture/editors/<name>.js. */
const EDITOR_HOSTS = ['x.com', 'www.linkedin.com', 'www.facebook.com'];
let editorBundles: Promise<Record<string, string>> | undefined;

/**
 * Serves the editor fixture bundles (Draft.js, Lexical, Quill 1/2, TipTap: tests/fixtures/editors)
 * at https://<site>/__fixture/editors/<name>.js, so the site fixtures' reply boxes are the sites'
 * real editor libraries. Built once per process.
 */
export async function serveEditorBundles(session: Session): Promise<void> {
  editorBundles ??= buildEditorFixtures();
  const files = await editorBundles.catch((err: unknown) => {
    editorBundles = undefined; // let the next session retry a failed build
    throw err;
  });
  for (const [name, file] of Object.entries(files)) {
    for (const host of EDITOR_HOSTS) session.serve(`https://${host}/__fixture/editors/${name}.js`, file, 'application/javascript; charset=utf-8');
  }
}

function sourceOf(req: Request): RequestRecord['from'] {
  if (req.serviceWorker()) return 'worker';
  try {
    return req.frame().url().startsWith('chrome-extension://') ? 'extension' : 'page';
  } catch {
    return 'page'; // no frame: treat as the page's (the stricter reading is the worker's, caught above)
  }
}

/** Run `fn` in the extension's service worker (chrome.* available there); `arg` must be serialisable. */
export function workerEval<R, A = undefined>(session: Session, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return session.worker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
}

/** Console errors and uncaught exceptions of a page, collected from now on. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Texts of the `earshot-mention` highlight ranges still in the document, in document order. */
export function readHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('earshot-mention');
    if (!h) return [];
    const ranges: Range[] = [];
    for (const r of h) {
      if (!r.startContainer.isConnected) continue;
      // A Highlight may hold StaticRanges, which cannot compare or stringify: copy into Ranges.
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      ranges.push(live);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** Poll until at least `min` highlights exist and their count is stable for 400 ms. */
export async function waitForHighlights(page: Page, { min = 1, timeout = 10_000 } = {}): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const texts = await readHighlights(page);
    if (texts.length !== last) [last, stableSince] = [texts.length, Date.now()];
    if (texts.length >= min && Date.now() - stableSince >= 400) return texts;
    if (Date.now() > deadline) {
      throw new Error(`Expected ≥ ${min} 'earshot-mention' highlights on ${page.url()}, found ${texts.length}`);
    }
    await page.waitForTimeout(100);
  }
}

export interface MarkedPost {
  /** The post id Earshot read (data-earshot-id). */
  id: string | undefined;
  earshot: string | undefined;
  kind: string | undefined;
  text: string;
  hasChip: boolean;
  chipButtons: string[];
}

/** Every element carrying data-earshot, in document order, with its chip's button names. */
export function markedPosts(page: Page): Promise<MarkedPost[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-earshot]')].map((el) => {
      const chip = el.querySelector('earshot-chip');
      const buttons = chip?.shadowRoot ? [...chip.shadowRoot.querySelectorAll('button, [role="button"]')] : [];
      return {
        id: el.dataset.earshotId,
        earshot: el.dataset.earshot,
        kind: el.dataset.earshotKind,
        text: el.innerText.slice(0, 80),
        hasChip: !!chip,
        chipButtons: buttons.map((b) => (b.getAttribute('aria-label') || b.textContent || '').trim()),
      };
    }),
  );
}

/**
 * Import a backup through options.html's "Import backup" file input (contract §8).
 * `backup` is an object (sent as JSON) or raw text (to test broken files).
 * Returns the message shown: a status/success text, or with expect: 'error' the alert's text.
 */
export async function importBackup(
  session: Session,
  backup: object | string,
  opts: { expect?: 'success' | 'error'; fileName?: string; timeout?: number } = {},
): Promise<string> {
  const { expect = 'success', fileName = 'earshot-backup.json', timeout = 15_000 } = opts;
  const page = await session.openPage('options.html');
  try {
    // Narrow to the file input: a visible "Import backup" button may share the label.
    const input = page.getByLabel('Import backup').and(page.locator('input[type="file"]'));
    await input.waitFor({ state: 'attached', timeout: 5_000 }).catch(() => {
      throw new Error('options.html has no file input labelled "Import backup" (product.md §8)');
    });
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    const success = page
      .getByRole('status')
      .filter({ hasText: /\S/ })
      .or(page.getByText(/\b(imported|restored)\b|import (complete|succeeded|successful|done)/i));
    // Only messages that appear (or change) after choosing the file count: a status line may already be
    // there. Progress lines ("Importing…") are not the outcome.
    const texts = async (l: typeof alert) => (await l.allInnerTexts()).map((t) => t.trim());
    const progress = /…|\.\.\.$|^(importing|reading|checking|validating|loading)\b/i;
    const fresh = async (l: typeof alert, before: string[]) =>
      (await texts(l)).find((t) => !before.includes(t) && !progress.test(t));
    let [alerts0, success0] = [await texts(alert), await texts(success)];
    const buffer = Buffer.from(typeof backup === 'string' ? backup : JSON.stringify(backup, null, 2));
    await input.setInputFiles({ name: fileName, mimeType: 'application/json', buffer });

    // Not the "Import backup" opener itself: that would open a file chooser.
    const confirm = page.getByRole('button', { name: /^(?!Import backup$)(Import|Replace)/ });
    let confirmed = false;
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      // Confirmation first: a status line shown beside it ("4 terms will be replaced") is not success.
      if (!confirmed && (await confirm.first().isVisible().catch(() => false))) {
        [alerts0, success0] = [await texts(alert), await texts(success)];
        await confirm.first().click();
        confirmed = true;
        continue;
      }
      let text = await fresh(alert, alerts0);
      if (text !== undefined) {
        if (expect === 'error') return text;
        throw new Error(`Import failed: ${text}`);
      }
      text = await fresh(success, success0);
      // The alert may have rendered between the two reads; an error message that merely contains
      // the word "imported" ("can't be imported") must not count as success.
      const lateAlert = text === undefined ? undefined : await fresh(alert, alerts0);
      if (lateAlert !== undefined) {
        if (expect === 'error') return lateAlert;
        throw new Error(`Import failed: ${lateAlert}`);
      }
      if (text !== undefined) {
        if (expect === 'success') return text;
        throw new Error(`Expected the import to be refused, but it reported: ${text}`);
      }
      await page.waitForTimeout(100);
    }
    throw new Error(
      expect === 'error'
        ? 'No role="alert" message appeared after importing a bad file'
        : 'No success message (role="status", or text like "Imported") appeared after import',
    );
  } finally {
    await page.close();
  }
}

/** Click "Export backup" on options.html and return the downloaded file, parsed. */
export async function exportBackup(session: Session): Promise<Backup> {
  const page = await session.openPage('options.html');
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page
        .getByRole('button', { name: 'Export backup' })
        .click({ timeout: 5_000 })
        .catch((err: Error) => {
          throw new Error(`options.html: no clickable button named "Export backup" (product.md §8): ${err.message.split('\n')[0]}`);
        }),
    ]);
    const file = await download.path();
    return JSON.parse(readFileSync(file, 'utf8')) as Backup;
  } finally {
    await page.close();
  }
}

/** Fixture pages and the real URLs they are served at (the demo keeps the same table). */
export const SITE_PAGES: { fixture: string; url: string }[] = [
  { fixture: 'sites/x/home.html', url: 'https://x.com/home' },
  { fixture: 'sites/x/status.html', url: 'https://x.com/NorthwindCoffee/status/1850000000000000001' },
  { fixture: 'sites/x/search.html', url: 'https://x.com/search?q=%22Northwind%20Coffee%22&f=live' },
  { fixture: 'sites/linkedin/feed-v2.html', url: 'https://www.linkedin.com/feed/' },
  { fixture: 'sites/linkedin/feed-v1.html', url: 'https://www.linkedin.com/in/dana-whitfield/recent-activity/all/' },
  { fixture: 'sites/linkedin/post-v2.html', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/' },
  { fixture: 'sites/facebook/feed-modern.html', url: 'https://www.facebook.com/' },
  { fixture: 'sites/facebook/feed-article.html', url: 'https://www.facebook.com/groups/northwindfans/' },
  { fixture: 'sites/facebook/post.html', url: 'https://www.facebook.com/northwindcoffee/posts/pfbid02demo' },
];

/**
 * The SITE_PAGES whose fixture files exist (they are written separately), each at
 * the fixture's own <link rel="canonical"> when it declares one on the same site.
 */
export function availableSitePages(): { fixture: string; url: string }[] {
  return SITE_PAGES.filter((p) => existsSync(join(FIXTURES_DIR, p.fixture))).map((p) => {
    const html = readFileSync(join(FIXTURES_DIR, p.fixture), 'utf8');
    const canonical = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
    const same = canonical && URL.canParse(canonical) && new URL(canonical).host === new URL(p.url).host;
    return same ? { ...p, url: canonical.replace(/&amp;/g, '&') } : p;
  });
}
