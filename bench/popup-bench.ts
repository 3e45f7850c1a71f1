/**
 * The popup at scale (product.md §5 "the popup opens instantly"): time from
 * navigation start to the Mentions tile showing a number, with a year of data,
 * for the real popup (a cached scorecard painted first when it is current,
 * lib/db/popup-snapshot.ts; else daily aggregates + subsets,
 * lib/db/scorecard-repo.ts) and the full-scan baseline (popup.html?loader=naive).
 * Run: npm run build && npx tsx bench/popup-bench.ts
 *
 * Data, in the REAL built extension's own database ('earshot', schema v3):
 * 100,000 mentions over 365 days across X, LinkedIn and Facebook (plus 5,000
 * competitor posts and 3 own posts a week with engagement snapshots), their
 * 'seen' events, 10,000 reply events and 400 cases. It is generated here
 * (seeded PRNG) and written with plain IndexedDB from an extension page
 * (chrome-extension://<id>/manifest.json: same origin as the popup, and no
 * Earshot code running), in the same shapes Earshot writes. The daily
 * aggregates are computed with the extension's own pure function
 * (aggregatePosts, lib/kpi) in the browser's time zone, and the zone stored
 * as Earshot stores it; a new data version is written as every Earshot write
 * does (lib/db/scorecard-version.ts), so no production code path exists for seeding.
 *
 * Measure: each run opens popup.html in a new tab. An init script records,
 * with a MutationObserver, the moment <main data-ready="true"> is there and
 * the Mentions tile's value holds a digit, then the next animation frame (the
 * frame that paints it); time origin = navigation start. Three kinds of run,
 * alternated after one warm-up each, all of which must show the same tiles:
 * - cached: the popup as the user opens it again with unchanged data: the
 *   scorecard the previous popup stored is current and painted first;
 * - after a write: a new data version is written first (as the background
 *   does when it records a new mention), so the cache is a miss and the popup
 *   waits for the loader;
 * - full scan: ?loader=naive, no cache, every row read.
 * The floor is measured first: the same popup on the empty database. The
 * loader's own time comes from its User Timing measure 'earshot:scorecard'
 * (it runs on every open: the live numbers replace the cached ones).
 * Also measured once: the first open after the time zone changed (the loader
 * rebuilds the aggregates from all posts).
 *
 * The extension folder is copied first, so a rebuild by someone else during
 * the run changes nothing. Env: BENCH_RUNS (7), BENCH_MENTIONS (100000),
 * BENCH_REPLIES (10000), BENCH_NO_WRITE=1 (do not touch bench/RESULTS.md),
 * EARSHOT_EXTENSION_DIR (the build to measure; default .output/chrome-mv3).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { aggregatePosts } from '../lib/kpi';
import type { StoredCase, StoredEvent } from '../lib/db/schema';
import type { PostKind, Site, StoredPost } from '../lib/model/types';
import { rng } from './support/corpus';
import { emit, median, table } from './support/stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MENTIONS = Number(process.env.BENCH_MENTIONS ?? 100_000);
const COMPETITOR = Math.round(MENTIONS / 20);
const REPLIES = Number(process.env.BENCH_REPLIES ?? 10_000);
const CASES = 400;
const OWN_PER_WEEK = 3;
const TARGET_MS = 100;
const CHUNK = 5_000;

const H = 3_600_000;
const DAY = 24 * H;

// ---------------------------------------------------------------- data

interface Seed {
  posts: StoredPost[];
  events: StoredEvent[];
  cases: StoredCase[];
}

function generate(now: number): Seed {
  const random = rng(20261123);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const site = (): Site => {
    const r = random();
    return r < 0.5 ? 'x' : r < 0.8 ? 'linkedin' : 'facebook';
  };
  const idOf = (s: Site, i: number) => (s === 'x' ? String(1_850_000_000_000_000_000n + BigInt(i)) : s === 'linkedin' ? `urn:li:activity:${7_250_000_000_000_000_000n + BigInt(i)}` : `pfbid0${i.toString(36)}`);
  const kind = (): PostKind => {
    const r = random();
    return r < 0.2 ? 'issue' : r < 0.35 ? 'question' : r < 0.6 ? 'praise' : 'other';
  };
  const sentimentOf = (k: PostKind) => (k === 'issue' ? -0.2 - random() * 0.7 : k === 'praise' ? 0.2 + random() * 0.7 : random() * 0.6 - 0.3);
  const iso = (t: number) => new Date(t).toISOString();

  const posts: StoredPost[] = [];
  const base = (s: Site, i: number, seen: number, over: Partial<StoredPost>): StoredPost => ({
    site: s, postId: idOf(s, i), url: `https://example.test/${s}/${i}`, author: `Person ${i % 5000}`, handle: null,
    text: 'Northwind Coffee — a realistic length of post text for the size of the rows, more or less one sentence long.',
    postedAt: random() < 0.8 ? iso(seen - Math.floor(random() * 6 * H)) : null,
    isComment: random() < 0.25, isOwn: false, isPromoted: false, engagement: null,
    terms: ['Northwind Coffee'], kind: 'other', sentiment: 0, urgency: 0, reasons: [], competitor: false,
    firstSeenAt: iso(seen), lastSeenAt: iso(Math.min(now, seen + Math.floor(random() * 2 * DAY))), ...over,
  });
  let n = 0;
  for (let i = 0; i < MENTIONS; i++) {
    const k = kind();
    posts.push(base(site(), n++, now - Math.floor(random() * 365 * DAY), { kind: k, sentiment: sentimentOf(k), urgency: k === 'issue' ? random() : 0, reasons: k === 'issue' ? ['matched: never arrived'] : [] }));
  }
  for (let i = 0; i < COMPETITOR; i++) {
    const k = kind();
    posts.push(base(site(), n++, now - Math.floor(random() * 365 * DAY), { competitor: true, kind: k, sentiment: sentimentOf(k), terms: ['Southbay Roasters'] }));
  }
  const events: StoredEvent[] = [];
  const ownCount = Math.round((365 / 7) * OWN_PER_WEEK);
  for (let i = 0; i < ownCount; i++) {
    const s = site();
    const seen = now - Math.floor(random() * 365 * DAY);
    const p = base(s, n++, seen, { isOwn: true, isComment: false, terms: [], postedAt: iso(seen - H) });
    // A snapshot at each visit: a few over the first days.
    let likes = 0;
    for (let v = 0; v < 4; v++) {
      const at = seen + v * 9 * H + Math.floor(random() * H);
      if (at > now) break;
      likes += Math.floor(random() * 40);
      const engagement = { likes, comments: Math.floor(likes / 8), reposts: Math.floor(likes / 15), views: likes * 40 };
      const when = new Date(at);
      events.push({ id: `engagement:${p.site}:${p.postId}:${when.toISOString().slice(0, 13)}`, type: 'engagement', site: p.site, postId: p.postId, at: when.toISOString(), data: { engagement } });
      p.engagement = engagement;
    }
    posts.push(p);
  }
  for (const p of posts) events.push({ id: `seen:${p.site}:${p.postId}`, type: 'seen', site: p.site, postId: p.postId, at: p.firstSeenAt });

  // Replies: mostly to issues and questions, a few hours after they were seen; ~10% answered twice.
  const needing = posts.filter((p) => !p.isOwn && !p.competitor && (p.kind === 'issue' || p.kind === 'question'));
  const others = posts.filter((p) => !p.isOwn && !p.competitor && p.kind === 'praise');
  let made = 0;
  while (made < REPLIES) {
    const p = random() < 0.85 ? pick(needing) : pick(others);
    const first = Date.parse(p.firstSeenAt) + Math.floor(-Math.log(1 - random()) * 3 * H);
    for (const at of random() < 0.1 ? [first, first + Math.floor(random() * 2 * DAY)] : [first]) {
      if (at > now || made >= REPLIES) continue;
      events.push({ id: `reply:${p.site}:${p.postId}:c${made}`, type: 'reply', site: p.site, postId: p.postId, at: iso(at), data: { url: p.url, template: random() < 0.7 ? 'Sorry + DM' : null } });
      made++;
    }
  }

  // Cases: issues made cases over the year; most resolved within a day or two, the recent ones still open.
  const cases: StoredCase[] = [];
  const issues = needing.filter((p) => p.kind === 'issue');
  const used = new Set<string>();
  for (let i = 0; cases.length < CASES; i++) {
    const p = pick(issues);
    if (used.has(`${p.site}:${p.postId}`)) continue;
    used.add(`${p.site}:${p.postId}`);
    const opened = Date.parse(p.firstSeenAt) + Math.floor(random() * 4 * H);
    if (opened > now) continue;
    const recent = now - opened < 5 * DAY;
    const r = random();
    const state: StoredCase['state'] = recent && r < 0.5 ? (r < 0.3 ? 'open' : 'escalated') : r < 0.93 ? 'resolved' : 'ignored';
    const closed = state === 'resolved' || state === 'ignored' ? Math.min(now, opened + Math.floor(random() * 3 * DAY)) : null;
    cases.push({
      id: `C-${1001 + cases.length}`, site: p.site, postId: p.postId, url: p.url, state,
      category: pick(['Support', 'Support', 'Billing', 'PR', 'Product']), openedAt: iso(opened), resolvedAt: closed === null ? null : iso(closed),
      author: p.author, text: p.text, kind: p.kind,
      history: [{ at: iso(opened), state: 'open' }, ...(closed === null ? [] : [{ at: iso(closed), state }])],
    });
  }
  return { posts, events, cases };
}

// ---------------------------------------------------------------- browser side

/** Plain IndexedDB writes into Earshot's database, from an extension page (same origin as the popup). */
async function writeStore(page: Page, store: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await page.evaluate(
      async ({ store, json }) => {
        const rows = JSON.parse(json) as unknown[];
        const db = await new Promise<IDBDatabase>((res, rej) => {
          const r = indexedDB.open('earshot');
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        try {
          await new Promise<void>((res, rej) => {
            const tx = db.transaction(store, 'readwrite');
            const os = tx.objectStore(store);
            for (const row of rows) os.put(row);
            tx.oncomplete = () => res();
            tx.onerror = () => rej(tx.error);
            tx.onabort = () => rej(tx.error);
          });
        } finally {
          db.close();
        }
      },
      { store, json: JSON.stringify(rows.slice(i, i + CHUNK)) },
    );
  }
}

/**
 * Installed before the popup's scripts: when the Mentions tile first shows a number (and the frame
 * after). Plain JS text: a function passed from tsx would carry esbuild's __name helper with it.
 */
const READY_RECORDER = `(() => {
  const b = (window.__bench = {});
  const observer = new MutationObserver(() => {
    if (b.ready !== undefined) return;
    const main = document.querySelector('main[data-ready="true"]');
    const value = document.querySelector('[data-kpi="mentions"] .es-tile__value');
    if (!main || !value || !/\\d/.test(value.textContent || '')) return;
    b.ready = performance.now();
    b.first = Object.fromEntries([...document.querySelectorAll('[data-kpi]')].map((el) => [el.getAttribute('data-kpi'), (el.querySelector('.es-tile__value') || {}).textContent || '']));
    requestAnimationFrame(() => { b.painted = performance.now(); });
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => { b.dcl = performance.now(); });
})();`;

type Mode = 'cached' | 'miss' | 'naive' | 'refreshed';

interface Run {
  mode: Mode;
  ready: number;
  painted: number;
  dcl: number;
  /** When the cached scorecard was painted (mark 'earshot:snapshot-painted'), NaN when it was not. */
  cached: number;
  /** When the loader started, and how long it took (ms). */
  loadStart: number;
  load: number;
  /** The tiles' values in the first paint, and once the live numbers are in. */
  firstTiles: Record<string, string>;
  tiles: Record<string, string>;
}

type Session = { context: import('playwright-core').BrowserContext; extensionUrl(p: string): string };

/** Plain IndexedDB, from an extension page: what every Earshot write that changes a number also does. */
async function writeNewDataVersion(page: Page): Promise<void> {
  await writeStore(page, 'meta', [{ key: 'scorecard:version', value: `bench-${Date.now()}-${Math.random()}` }]);
}

let recorded = 0;
/** Background refresh latency per 'refreshed' run: from the write's answer to the stored copy being current (ms). */
const refreshLatencies: number[] = [];

/**
 * A new mention recorded through the real extension (the background's recordPosts, sent from an
 * extension page, as a content script's record queue sends it), then the wait until the background
 * has made the popup's copy current again (lib/background/popup-snapshot-refresh.ts). Returns that wait.
 */
async function recordMentionAndWaitForRefresh(page: Page): Promise<number> {
  recorded += 1;
  const at = new Date().toISOString();
  const post = {
    data: { site: 'x', postId: `9${String(recorded).padStart(18, '0')}`, url: `https://x.com/bench/status/9${String(recorded).padStart(18, '0')}`, author: 'Bench Reader', handle: 'bench',
      text: 'Northwind Coffee, my order never arrived', postedAt: at, isComment: false, isOwn: false, isPromoted: false },
    matches: [{ termText: 'Northwind Coffee', kind: 'brand' }],
    classification: { kind: 'issue', sentiment: -0.5, urgency: 0.5, reasons: [] },
    role: 'mention',
    seenAt: at,
  };
  const result = (await page.evaluate(
    `new Promise((done) => chrome.runtime.sendMessage({ id: ${recorded}, type: 'recordPosts', data: [${JSON.stringify(post)}], timestamp: Date.now() }, (r) => done(r ?? { err: chrome.runtime.lastError?.message })))`,
  )) as { res?: unknown; err?: unknown };
  if (result.err) throw new Error(`recordPosts failed: ${JSON.stringify(result.err)}`);
  const t0 = Date.now();
  // page.evaluate awaits the read (waitForFunction would take the pending Promise itself as truthy).
  const copyIsCurrent = `new Promise((done) => { const r = indexedDB.open('earshot'); r.onsuccess = () => { const db = r.result; const meta = db.transaction('meta').objectStore('meta');
      const v = meta.get('scorecard:version'); const s = meta.get('popup:scorecard');
      s.onsuccess = () => { db.close(); done(v.result?.value !== undefined && s.result?.value?.basis?.version === v.result.value); }; }; })`;
  while (!(await page.evaluate(copyIsCurrent))) {
    if (Date.now() - t0 > 30_000) throw new Error('The background did not refresh the popup copy within 30 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - t0;
}

async function openPopup(session: Session, mode: Mode, dataPage?: Page): Promise<Run> {
  if (mode === 'miss') {
    if (!dataPage) throw new Error('a miss needs the page that writes the data version');
    await writeNewDataVersion(dataPage);
  }
  if (mode === 'refreshed') {
    if (!dataPage) throw new Error('a refreshed run needs an extension page to send from');
    refreshLatencies.push(await recordMentionAndWaitForRefresh(dataPage));
  }
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(session.extensionUrl(mode === 'naive' ? 'popup.html?loader=naive' : 'popup.html'));
    const handle = await page
      .waitForFunction(
        () => {
          const b = (window as unknown as { __bench?: { painted?: number } }).__bench;
          return b?.painted !== undefined ? b : null;
        },
        undefined,
        { timeout: 120_000, polling: 50 },
      )
      .catch(async (err: Error) => {
        const text = await page.evaluate(() => document.querySelector('main')?.innerText.slice(0, 400)).catch(() => '?');
        throw new Error(`${mode} popup never showed Mentions: ${err.message.split('\n')[0]}\nerrors: ${errors.join(' | ')}\npage: ${text}`);
      });
    const b = (await handle.jsonValue()) as { ready: number; painted: number; dcl: number; first: Record<string, string> };
    const cached = await page.evaluate(() => performance.getEntriesByName('earshot:snapshot-painted')[0]?.startTime ?? NaN);
    // The loader's own time (User Timing from loadScorecardWithBasis): its first call, whose numbers are
    // painted (after a miss) or replace the cached ones (the tiles are read then: they must be equal).
    await page.waitForFunction(() => performance.getEntriesByName('earshot:scorecard').length > 0, undefined, { timeout: 120_000, polling: 20 });
    const loads = await page.evaluate(() => performance.getEntriesByName('earshot:scorecard').map((e) => ({ start: e.startTime, duration: e.duration })));
    const load = loads[0] ?? { start: NaN, duration: NaN };
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))))); // React commits them
    const tiles = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-kpi]')].map((el) => [el.getAttribute('data-kpi'), el.querySelector('.es-tile__value')?.textContent ?? ''])),
    );
    // A popup that painted without the cache stores the scorecard: the next cached run needs it in place.
    if (mode !== 'naive' && Number.isNaN(cached)) await waitForStoredSnapshot(page);
    return { mode, ready: b.ready, painted: b.painted, dcl: b.dcl, firstTiles: b.first, cached, loadStart: load.start, load: load.duration, tiles };
  } finally {
    await page.close();
  }
}

/** Waits until the popup in `page` stored its scorecard for the next open (mark 'earshot:snapshot-stored'). */
async function waitForStoredSnapshot(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('earshot:snapshot-stored').length > 0, undefined, { timeout: 30_000, polling: 20 });
}

/** The loader's time (ms) for each period after switching to it in an open popup (median of `reps`). */
async function periodSwitch(session: Session, mode: 'cached' | 'naive', reps: number): Promise<Record<30 | 90, number>> {
  const out: Record<30 | 90, number[]> = { 30: [], 90: [] };
  for (let r = 0; r < reps; r++) {
    const page = await session.context.newPage();
    try {
      await page.goto(session.extensionUrl(mode === 'naive' ? 'popup.html?loader=naive' : 'popup.html'));
      // React in charge (not the inert cached copy) and the opening view's live numbers in.
      await page.waitForFunction(() => document.querySelector('main[data-ready="true"]:not([inert])') !== null && performance.getEntriesByName('earshot:scorecard').length > 0, undefined, {
        timeout: 120_000,
        polling: 20,
      });
      for (const days of [30, 90] as const) {
        const before = await page.evaluate(() => performance.getEntriesByName('earshot:scorecard').length);
        await page.getByText(`${days} days`, { exact: true }).click(); // the label: the radio itself is visually hidden
        await page.waitForFunction(
          (n) => document.querySelector('main[data-ready="true"]') !== null && performance.getEntriesByName('earshot:scorecard').length > n,
          before,
          { timeout: 120_000, polling: 20 },
        );
        out[days].push(await page.evaluate((n) => performance.getEntriesByName('earshot:scorecard')[n]!.duration, before));
      }
    } finally {
      await page.close();
    }
  }
  return { 30: median(out[30]), 90: median(out[90]) };
}

/** p90 by nearest rank (with 7 runs: the slowest). */
function p90(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(0.9 * s.length) - 1)]!;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  // A private copy of the build: someone rebuilding it meanwhile must not change what we measure.
  // EARSHOT_EXTENSION_DIR measures another build (e.g. EARSHOT_OUT_DIR=.output-popup npx wxt build).
  const built = resolve(process.env.EARSHOT_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3'));
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`No build at ${built}: run npm run build first`);
  const copy = mkdtempSync(join(tmpdir(), 'earshot-popup-bench-'));
  cpSync(built, copy, { recursive: true });
  process.env.EARSHOT_EXTENSION_DIR = copy;
  const { launchExtension } = await import('../tests/e2e/harness');

  const loadStart = loadavg()[0]!;
  const now = Date.now();
  const t0 = performance.now();
  const seed = generate(now);
  console.log(`Generated ${seed.posts.length.toLocaleString('en')} posts, ${seed.events.length.toLocaleString('en')} events, ${seed.cases.length} cases in ${Math.round(performance.now() - t0)} ms`);

  const session = await launchExtension();
  try {
    for (const p of session.context.pages()) if (p.url().startsWith(session.extensionUrl(''))) await p.close(); // onboarding tab
    await session.context.addInitScript({ content: READY_RECORDER });

    // Let Earshot create its database (schema v3) as it does for a user, then write into it.
    const first = await session.context.newPage();
    await first.goto(session.extensionUrl('popup.html'));
    await first.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });
    await waitForStoredSnapshot(first);
    await first.close();

    // The floor: the same popup on an empty database (page load, storage, one tiny read, React), once
    // the fresh browser and the service worker's first-run work have settled.
    await new Promise((r) => setTimeout(r, 8000));
    for (let i = 0; i < 6; i++) await openPopup(session, 'cached'); // the first opens of a fresh browser are slower
    const empty: Run[] = [];
    for (let i = 0; i < RUNS; i++) empty.push(await openPopup(session, 'cached'));

    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('manifest.json'));
    const info = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('earshot');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const out = { version: db.version, stores: [...db.objectStoreNames], timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
      db.close();
      return out;
    });
    if (!info.stores.includes('daily')) throw new Error(`The built extension has no 'daily' store (IDB version ${info.version}): rebuild`);
    const daily = [...aggregatePosts(seed.posts, info.timeZone).values()];
    const t1 = performance.now();
    await writeStore(page, 'posts', seed.posts);
    await writeStore(page, 'events', seed.events);
    await writeStore(page, 'cases', seed.cases);
    await writeStore(page, 'daily', daily);
    await writeStore(page, 'meta', [{ key: 'daily:timeZone', value: info.timeZone }]);
    await writeNewDataVersion(page);
    const seedMs = performance.now() - t1;
    console.log(`Wrote them (+ ${daily.length} daily rows, zone ${info.timeZone}) in ${(seedMs / 1000).toFixed(1)} s`);

    // First open after a time zone change: the loader rebuilds the aggregates from every post.
    const otherZone = info.timeZone === 'Pacific/Kiritimati' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
    await writeStore(page, 'meta', [{ key: 'daily:timeZone', value: otherZone }]);
    const rebuild = await openPopup(session, 'miss', page);
    const zoneAfter = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('earshot');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const row = await new Promise<{ value?: string } | undefined>((res) => {
        const r = db.transaction('meta').objectStore('meta').get('daily:timeZone');
        r.onsuccess = () => res(r.result as { value?: string } | undefined);
      });
      db.close();
      return row?.value;
    });
    if (zoneAfter !== info.timeZone) throw new Error(`The loader did not rebuild the aggregates (zone ${zoneAfter})`);

    // Warm-up (one-off costs of a fresh browser: e2e.md), then alternate.
    // The full scan's page leaves a few hundred MB to collect in the extension's renderer, which the
    // next popup shares: let that settle first, or whichever kind comes next pays for it.
    const modes: Mode[] = ['cached', 'miss', 'naive', 'refreshed'];
    const open = async (mode: Mode) => {
      const run = await openPopup(session, mode, page);
      if (mode === 'naive') await new Promise((r) => setTimeout(r, 1500));
      return run;
    };
    for (const mode of modes) await open(mode);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) for (const mode of modes) runs.push(await open(mode));
    const of = (mode: Mode) => runs.filter((r) => r.mode === mode);
    const [cached, miss, naive, refreshed] = modes.map(of) as [Run[], Run[], Run[], Run[]];
    // Every run's first paint shows the numbers its live loader computes; within a round (no new
    // mention between them) the cached, after-a-write and full-scan runs show the same numbers.
    const same = (a: Record<string, string>, b: Record<string, string>) => Object.keys(b).filter((k) => a[k] !== b[k]);
    for (const run of runs) {
      const mismatch = same(run.firstTiles, run.tiles);
      if (mismatch.length) throw new Error(`A ${run.mode} run's first paint shows other numbers than its live ones for ${mismatch.join(', ')}: ${JSON.stringify({ first: run.firstTiles, live: run.tiles })}`);
    }
    for (let i = 0; i < RUNS; i++) {
      const round = runs.slice(i * modes.length, i * modes.length + 3);
      for (const run of round) {
        const mismatch = same(run.tiles, round[0]!.tiles);
        if (mismatch.length) throw new Error(`A ${run.mode} run shows other numbers than the cached run of its round for ${mismatch.join(', ')}`);
      }
    }
    if (refreshed.some((r, i) => i > 0 && r.tiles.mentions === refreshed[i - 1]!.tiles.mentions)) throw new Error('A recorded mention did not change the Mentions tile');
    // Each run measured what its row says: the cache painted first exactly when it was current
    // (after a new mention: the copy the background made).
    const wrong = [...empty, ...runs].filter((r) => Number.isNaN(r.cached) === (r.mode === 'cached' || r.mode === 'refreshed'));
    if (wrong.length) throw new Error(`Runs where the cache did not behave as expected: ${wrong.map((r) => `${r.mode} (cached paint ${r.cached})`).join(', ')}`);
    await page.close();

    // Switching the period in an open popup: the loader alone, for 30 and 90 days.
    const switchFast = await periodSwitch(session, 'cached', 3);
    const switchNaive = await periodSwitch(session, 'naive', 1);

    const stat = (rs: Run[], f: (r: Run) => number) => ({ median: median(rs.map(f)), p90: p90(rs.map(f)) });
    const ms = (x: number) => (Number.isNaN(x) ? '—' : `${Math.round(x)} ms`);
    const row = (name: string, rs: Run[]) => {
      const paint = stat(rs, (r) => r.painted);
      return [
        name, ms(paint.median), ms(paint.p90), ms(stat(rs, (r) => r.dcl).median), ms(stat(rs, (r) => r.loadStart).median), ms(stat(rs, (r) => r.load).median),
        ms(stat(rs, (r) => r.loadStart + r.load).median), rs.map((r) => Math.round(r.painted)).join(', '),
      ];
    };
    const e = stat(empty, (r) => r.painted);
    const f = stat(cached, (r) => r.painted);
    const m = stat(miss, (r) => r.painted);
    const nv = stat(naive, (r) => r.painted);
    const rf = stat(refreshed, (r) => r.painted);
    const latency = { median: median(refreshLatencies), p90: p90(refreshLatencies) };
    const fLoad = stat(cached, (r) => r.load);
    const nLoad = stat(naive, (r) => r.load);
    const ratio = nv.median / f.median;
    const pass = f.median <= TARGET_MS && rf.median <= TARGET_MS;
    const report = table(
      [
        row('empty database (floor)', empty),
        row('cached scorecard (popup.html)', cached),
        row('new mention, background refreshed', refreshed),
        row('opened the instant data changed', miss),
        row('full scan (popup.html?loader=naive)', naive),
      ],
      ['popup', 'paint median', 'paint p90', 'DOMContentLoaded', 'loader starts', 'loader takes', 'live numbers', 'runs (ms)'],
    );
    console.log(`\nPopup: navigation start → Mentions tile shows "${cached[0]!.tiles.mentions}" (painted), ${RUNS} runs each\n`);
    console.log(report);
    console.log(`\nRatio (naive / real, medians): ${ratio.toFixed(1)}×`);
    console.log(`Target: real popup median ≤ ${TARGET_MS} ms → ${pass ? 'PASS' : 'FAIL'} (the empty-database floor is ${ms(e.median)}; after a new mention ${ms(rf.median)}; opened the instant data changed ${ms(m.median)})`);
    console.log(`Background refresh: the copy is current ${ms(latency.median)} (p90 ${ms(latency.p90)}) after a new mention is stored`);
    const switchLine = `Switching the period (loader only): 30 days ${ms(switchFast[30])}, 90 days ${ms(switchFast[90])}; full scan ${ms(switchNaive[30])} and ${ms(switchNaive[90])}`;
    console.log(switchLine);
    console.log(`First open after a time zone change (rebuilds ${daily.length.toLocaleString('en')} daily rows from ${seed.posts.length.toLocaleString('en')} posts): ${ms(rebuild.painted)}`);

    emit({ bench: 'popup', metric: 'first meaningful paint, data unchanged since the last popup (median)', value: Math.round(f.median), unit: 'ms', target: `≤ ${TARGET_MS} ms`, pass });
    emit({ bench: 'popup', metric: 'first meaningful paint (p90)', value: Math.round(f.p90), unit: 'ms' });
    // Opening the popup after browsing (new mentions recorded) is the common case: it is judged too.
    emit({ bench: 'popup', metric: 'first meaningful paint after a new mention (median)', value: Math.round(rf.median), unit: 'ms', target: `≤ ${TARGET_MS} ms`, pass: rf.median <= TARGET_MS });
    emit({ bench: 'popup', metric: 'background refresh after a new mention (median)', value: Math.round(latency.median), unit: 'ms', note: `p90 ${Math.round(latency.p90)} ms; a popup opened sooner loads as below` });
    emit({ bench: 'popup', metric: 'first meaningful paint opened the instant data changed (median)', value: Math.round(m.median), unit: 'ms' });
    emit({ bench: 'popup', metric: 'naive full scan (median)', value: Math.round(nv.median), unit: 'ms' });
    emit({ bench: 'popup', metric: 'naive / real', value: Number(ratio.toFixed(1)), unit: '×' });
    emit({ bench: 'popup', metric: 'empty database (floor, median)', value: Math.round(e.median), unit: 'ms' });
    emit({ bench: 'popup', metric: 'loader alone (median)', value: Math.round(fLoad.median), unit: 'ms' });
    emit({ bench: 'popup', metric: 'loader, 30 days', value: Math.round(switchFast[30]), unit: 'ms' });
    emit({ bench: 'popup', metric: 'loader, 90 days', value: Math.round(switchFast[90]), unit: 'ms' });
    emit({ bench: 'popup', metric: 'first open after zone change', value: Math.round(rebuild.painted), unit: 'ms' });

    if (!process.env.BENCH_NO_WRITE) {
      writeSection([
        `Measured ${new Date().toISOString().slice(0, 10)} by \`npx tsx bench/popup-bench.ts\` (after \`npm run build\`), headless Chromium, this machine.`,
        '',
        `Data in the built extension's own database: ${MENTIONS.toLocaleString('en')} mentions over 365 days across X, LinkedIn and Facebook, ` +
          `${COMPETITOR.toLocaleString('en')} competitor posts, ${Math.round((365 / 7) * OWN_PER_WEEK)} own posts with engagement snapshots, ` +
          `${REPLIES.toLocaleString('en')} replies, ${CASES} cases (${seed.events.length.toLocaleString('en')} events in all; ${daily.length.toLocaleString('en')} daily aggregate rows). ` +
          `Popup as it opens: last 7 days, all channels.`,
        '',
        `Time from navigation start to the frame that paints the Mentions tile's number (\`<main data-ready="true">\`), ${RUNS} runs of each kind, alternated after a warm-up. ` +
          `"Cached": the popup opened again with unchanged data paints the scorecard the last popup stored, checked current (same data version, settings, zone, before its expiry), then the live loader replaces it; ` +
          `"New mention, background refreshed": a new mention is recorded through the background (its recordPosts message, as a content script sends it), which then computes the opening view and stores the copy the popup paints (lib/background/popup-snapshot-refresh.ts); the popup opens once that copy is current. ` +
          `"Opened the instant data changed": a new data version is written just before the open, so no copy is current and the popup waits for the loader (the window between a write and the background's refresh). ` +
          `"Live numbers": when the loader's result is in (it runs on every open).`,
        '',
        '```',
        report,
        '```',
        '',
        `- Ratio (full scan / cached, medians): **${ratio.toFixed(1)}×**; opened the instant data changed, the popup paints at ${ms(m.median)} (${(nv.median / m.median).toFixed(1)}× faster than the full scan).`,
        `- Background refresh: the copy was current ${ms(latency.median)} (p90 ${ms(latency.p90)}) after the new mention was stored (300 ms of quiet, then the loader in the service worker); a popup opened within that window loads as in the "instant" row.`,
        `- Target: median ≤ ${TARGET_MS} ms, data unchanged and after a new mention: **${pass ? 'met' : 'NOT met'}** (${ms(f.median)}, p90 ${ms(f.p90)}; after a new mention ${ms(rf.median)}, p90 ${ms(rf.p90)}). ` +
          `The same popup on an empty database paints at ${ms(e.median)} (measured first, in the browser's first seconds: ` +
          `DOMContentLoaded ${ms(stat(empty, (r) => r.dcl).median)} there against ${ms(stat(cached, (r) => r.dcl).median)} in the cached runs); ` +
          `the real loader itself takes ${ms(fLoad.median)} (full scan: ${ms(nLoad.median)}), after the cached paint or before the paint after a write.`,
        `- Machine load (1-min load average, ${cpus().length} CPUs): ${loadStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end` +
          (Math.max(loadStart, loadavg()[0]!) > 1.5 ? ': other work shared the CPUs, so absolute times are pessimistic; the ratios hold.' : '.'),
        `- ${switchLine}.`,
        `- First open after a time zone change (the loader rebuilds the aggregates from all ${seed.posts.length.toLocaleString('en')} posts, once): ${ms(rebuild.painted)}`,
        `- Every run's first paint showed the 15 tile values its live loader computed; within a round the cached, after-a-write and full-scan runs showed the same values; the cached copy painted first in every cached and background-refreshed run and in no other.`,
      ]);
    }
  } finally {
    await session.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Replaces the "## Popup at scale" section of bench/RESULTS.md (between <!-- bench:popup:… -->
 * markers, the convention bench/run-all.ts keeps), or appends it; nothing else in the file changes.
 */
function writeSection(lines: string[]): void {
  const file = join(ROOT, 'bench/RESULTS.md');
  const [open, close] = ['<!-- bench:popup:start -->', '<!-- bench:popup:end -->'];
  const section = `${open}\n## Popup at scale\n\n${lines.join('\n')}\n${close}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Earshot benchmarks\n';
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  let next: string;
  if (a >= 0 && b > a) next = text.slice(0, a) + section + text.slice(b + close.length);
  else {
    // An unmarked "## Popup at scale" (hand-written) is replaced up to the next section.
    const h = text.indexOf('## Popup at scale\n');
    if (h < 0) next = `${text.trimEnd()}\n\n${section}\n`;
    else {
      const rest = text.slice(h + 1).search(/\n(## |<!-- bench:)/);
      next = text.slice(0, h) + section + (rest < 0 ? '\n' : text.slice(h + 1 + rest));
    }
  }
  writeFileSync(file, next);
  console.log('\nWrote the "Popup at scale" section of bench/RESULTS.md');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
