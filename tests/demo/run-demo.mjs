// Demo: the built extension in Chromium on the site fixtures, with the demo
// watchlist imported. `npm run demo` (builds first). Headed when DISPLAY is set
// or --headed is passed, otherwise headless with screenshots.
// Plain Node ESM (no TS loader on Node 20), so it repeats a little of tests/e2e/harness.ts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXT = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'tests/fixtures');
const SHOTS = join(ROOT, 'tests/demo/screenshots');
const headed = process.argv.includes('--headed') || !!process.env.DISPLAY;

// Fixture → the real URL it is served at (same table as harness.ts SITE_PAGES).
const PAGES = [
  ['sites/x/home.html', 'https://x.com/home'],
  ['sites/x/status.html', 'https://x.com/NorthwindCoffee/status/1850000000000000001'],
  ['sites/x/search.html', 'https://x.com/search?q=%22Northwind%20Coffee%22&f=live'],
  ['sites/linkedin/feed-v2.html', 'https://www.linkedin.com/feed/'],
  ['sites/linkedin/feed-v1.html', 'https://www.linkedin.com/in/dana-whitfield/recent-activity/all/'],
  ['sites/linkedin/post-v2.html', 'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/'],
  ['sites/facebook/feed-modern.html', 'https://www.facebook.com/'],
  ['sites/facebook/feed-article.html', 'https://www.facebook.com/groups/northwindfans/'],
  ['sites/facebook/post.html', 'https://www.facebook.com/northwindcoffee/posts/pfbid02demo'],
]
  .filter(([file]) => existsSync(join(FIXTURES, file)))
  .map(([file, url]) => {
    // A fixture may name its own permalink: serve it there so the adapter sees a consistent URL.
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    const canonical = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1]?.replace(/&amp;/g, '&');
    const same = canonical && URL.canParse(canonical) && new URL(canonical).host === new URL(url).host;
    return { file, url: same ? canonical : url };
  });

const SITE_HOSTS = /(^|\.)(x\.com|twitter\.com|twimg\.com|linkedin\.com|licdn\.com|facebook\.com|fbcdn\.net)$/;
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=', // 1×1, fully transparent
  'base64',
);

if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error(`No built extension at ${relative(ROOT, EXT)}: run npm run build first.`);
  process.exit(1);
}
if (!headed) {
  console.log(
    'No display found: running headless and writing screenshots to tests/demo/screenshots/ (set DISPLAY or use xvfb-run to watch live)',
  );
}
if (!PAGES.length) console.log('No site fixtures found under tests/fixtures/sites/: only the extension pages will be shown.');

const userDataDir = mkdtempSync(join(tmpdir(), 'earshot-demo-'));
const cleanup = () => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: !headed,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--proxy-server=http://127.0.0.1:9', // backstop: nothing can reach the internet even if unrouted
      '--proxy-bypass-list=<-loopback>',
    ],
  });
} catch (err) {
  console.error(`Could not start Chromium (${executablePath}): ${err.message.split('\n')[0]}`);
  console.error(headed ? 'A headed run needs a display: try `xvfb-run npm run demo` or drop --headed.' : 'Set CHROMIUM_PATH to your Chromium.');
  cleanup();
  process.exit(1);
}

// The sites' real editor libraries (Draft.js, TipTap, Quill, Lexical) so Reply works in the demo too.
const { buildEditorFixtures } = await import('../fixtures/editors/build.mjs');
const EDITORS = await buildEditorFixtures();

// Network guard: fixtures and blank images are served locally, everything else is aborted and listed.
const blocked = [];
await context.route('**/*', (route) => {
  const req = route.request();
  const u = new URL(req.url());
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return route.continue(); // extension files, data:, blob:
  const page = PAGES.find((p) => p.url === req.url().split('#')[0]);
  if (page) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, page.file)) });
  const editor = SITE_HOSTS.test(u.hostname) && /^\/__fixture\/editors\/(\w+)\.js$/.exec(u.pathname)?.[1];
  if (editor && EDITORS[editor]) return route.fulfill({ contentType: 'application/javascript', body: readFileSync(EDITORS[editor]) });
  if (SITE_HOSTS.test(u.hostname) && req.resourceType() === 'image') return route.fulfill({ contentType: 'image/png', body: BLANK_PNG });
  let from = 'page';
  try {
    if (req.serviceWorker() || req.frame().url().startsWith('chrome-extension://')) from = 'Earshot';
  } catch {
    // no frame and no worker: count it as the page's
  }
  blocked.push(`${from}: ${req.url()}`);
  return route.abort('blockedbyclient');
});

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => null));
if (!worker) {
  console.error('The extension failed to load: its service worker never started. Check `npm run build` output.');
  await context.close();
  cleanup();
  process.exit(1);
}
const base = `chrome-extension://${new URL(worker.url()).host}`; // URL.origin is "null" for this scheme
console.log(`Earshot loaded (${base}).`);
mkdirSync(SHOTS, { recursive: true }); // headed runs keep screenshots too: handy for bug reports

const shot = async (page, name) => {
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
};

// Skip onboarding: import the demo watchlist and templates (the contract says import works before it).
await new Promise((r) => setTimeout(r, 800)); // onInstalled may open the options tab: reuse it
const options = context.pages().find((p) => p.url().startsWith(`${base}/options.html`)) ?? (await context.newPage());
if (!options.url().startsWith(`${base}/options.html`)) await options.goto(`${base}/options.html`);
console.log(`Importing the demo backup: ${await importDemo(options)}`);
await shot(options, 'options.png');

for (const { file, url } of PAGES) {
  const page = await context.newPage();
  await page.goto(url);
  const c = await settle(page);
  const u = new URL(url);
  const label = `${u.host.replace(/^www\./, '')}${u.pathname}${u.search}`.replace(/\/$/, '');
  const name = file.replace(/^sites\//, '').replace(/\//g, '-').replace(/\.html$/, '.png');
  await shot(page, name);
  console.log(
    `${label}: ${c.mention} mentions highlighted, ${c.competitor} competitor, chips: ${c.chips}` +
      ` (highlight ranges: ${c.ranges}) → screenshots/${name}`,
  );
}

const popup = await context.newPage();
await popup.setViewportSize({ width: 420, height: 640 });
await popup.goto(`${base}/popup.html`);
await popup.waitForTimeout(800);
await shot(popup, 'popup.png');

const ours = blocked.filter((b) => b.startsWith('Earshot'));
console.log(`Blocked ${blocked.length} request(s) that were not fixtures; ${ours.length} from Earshot itself.`);
for (const b of blocked.slice(0, 10)) console.log(`  ${b}`);

if (headed) {
  console.log('The browser stays open: look around the tabs. Close the browser window (or press Ctrl+C here) to end the demo.');
  await new Promise((r) => context.on('close', r)); // Playwright closes the browser on Ctrl+C too
} else {
  console.log(`Screenshots: ${relative(process.cwd(), SHOTS) || '.'}/`);
  await context.close();
}
cleanup();

/** Choose the demo backup on the "Import backup" input; confirm if asked; return the message shown. */
async function importDemo(page) {
  const input = page.getByLabel('Import backup').and(page.locator('input[type="file"]'));
  if (!(await input.waitFor({ state: 'attached', timeout: 8000 }).then(() => true, () => false))) {
    return 'SKIPPED: the options page has no "Import backup" input yet, so no watchlist (nothing will be highlighted).';
  }
  await input.setInputFiles(join(FIXTURES, 'backup/demo-backup.json'));
  const confirm = page.getByRole('button', { name: /^(?!Import backup$)(Import|Replace)/ });
  const done = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: /\S/ });
  for (let i = 0; i < 100; i++) {
    if (await done.count()) return (await done.last().innerText()).trim();
    if (await confirm.first().isVisible().catch(() => false)) await confirm.first().click();
    await page.waitForTimeout(100);
  }
  return 'no confirmation message seen (continuing)';
}

/** Wait until the marks stop changing (content scripts work in idle time), then count them. */
async function settle(page) {
  const count = () =>
    page.evaluate(() => ({
      mention: document.querySelectorAll('[data-earshot="mention"]').length,
      competitor: document.querySelectorAll('[data-earshot="competitor"]').length,
      chips: [...document.querySelectorAll('[data-earshot]')].filter((el) => el.querySelector('earshot-chip')).length,
      ranges: CSS.highlights.get('earshot-mention')?.size ?? 0,
    }));
  let last = '';
  let since = Date.now();
  const start = Date.now();
  for (;;) {
    const c = await count();
    const key = JSON.stringify(c);
    if (key !== last) [last, since] = [key, Date.now()];
    // At least 1.5 s (idle-time work), stable for 700 ms, at most 8 s.
    if ((Date.now() - start > 1500 && Date.now() - since > 700) || Date.now() - start > 8000) return c;
    await page.waitForTimeout(150);
  }
}
