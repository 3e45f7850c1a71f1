/**
 * Main-thread cost, jank and memory of Earshot's content script on a 2,000-post feed,
 * against baselines measured in the same Chromium run.
 * Run: npm run build && npx tsx bench/feed-bench.ts      (exit 1 when a target is missed)
 *
 * Per site (X's virtualised timeline, LinkedIn's v2 feed, Facebook's modern feed) one
 * synthetic page (bench/support/feed-pages.ts + feed-site.js) scrolls through 2,000 posts
 * built from the fixture's real post markup; 5% mention one of 200 watchlist terms,
 * imported through options.html (harness importBackup). Four variants, each a fresh tab:
 *   earshot  the page at the site's real URL: our content script runs.
 *   none     the identical page at https://bench.invalid/…: no content script of ours.
 *   markjs   "none" + mark.js (page script) marking the 200 terms in each post as it appears, used
 *            well: markRegExp with one alternation of all terms (a stricter figure, not the target).
 *   markjs-naive  mark.js's documented call for a list of terms, mark(terms): the target's baseline.
 *            One pass and one NodeIterator per term per post, so one run per site (~45 s).
 *   floor    "none" + a page script reading each post's text once with a TreeWalker.
 * Cost, three ways, all from the same runs:
 *   - ScriptDuration (CDP Performance.getMetrics: page and content scripts, isolated world included;
 *     page.evaluate is not counted — /work/shared/e2e.md) of a variant minus the median of "none".
 *     Includes what a script makes the site's own code pay (e.g. mark.js's live NodeIterators
 *     slow every DOM removal the site makes); noisy at ±100s of ms on a shared 2-core machine.
 *   - ThreadTime (main-thread CPU time) minus "none": same, in CPU time.
 *   - Own script time from a Chromium trace of the run (FunctionCall/EvaluateScript events by
 *     script URL: chrome-extension://… for ours; the baselines are tagged //# sourceURL). Precise,
 *     but leaves out the cost a script causes in the site's code.
 *   A ratio target counts as met only if it is met by ScriptDuration and by own script time.
 * Earshot must record every mention post of the run (read from its database): the scroll pace
 * is one at which it sees the whole feed, so its cost is the cost of all 2,000 posts.
 * Jank: 'longtask' and 'long-animation-frame' entries as the page sees them, and the trace's
 * main-thread tasks. Chromium 156 lists no content-script entries in LoAF scripts (measured: a
 * content script's 120 ms timer shows as a LoAF with no scripts), so which long tasks are ours
 * comes from the trace: a task > 50 ms in which our scripts took at least half, judged on thread
 * CPU time (a 10 ms slice descheduled by another process is not a long task of ours; the wall
 * clock count is shown too). Memory: JS heap of the page (the isolated world shares it) after
 * forced GC, before and after the scroll; X's 30 recycled cells are the target case.
 *
 * Env: BENCH_REPS (5), BENCH_POSTS (2000), BENCH_SITES (x,linkedin,facebook),
 *      BENCH_PACE (posts per frame for every site), BENCH_NAIVE_MARK (0: skip the mark(terms) run),
 *      BENCH_NAIVE_POSTS (its posts, default all; fewer are scaled up), EARSHOT_EXTENSION_DIR (a build to test).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import type { Session } from '../tests/e2e/harness';
import { generateWatchlist } from './support/corpus';
import { buildFeed, buildPage, SITES, type Feed, type SiteName, type SiteSpec } from './support/feed-pages';
import { HOSTILE, HOSTILE_POSTS, hostileFeed, withHostileTerms } from './support/hostile-feed';
import { emit, max, median, ratio, spread, table } from './support/stats';

const REPS = Number(process.env.BENCH_REPS ?? 5);
const POSTS = Number(process.env.BENCH_POSTS ?? 2000);
const SITE_NAMES = (process.env.BENCH_SITES ?? 'x,linkedin,facebook').split(',');
/**
 * Posts per frame (≈ ×60 per second). Fast — 2,000 posts in 10–13 s, several times a quick
 * human flick — yet slow enough that the page itself still has idle time on a 2-core machine:
 * Earshot works only in idle time, and faster than this it no longer sees every post of X's
 * 30 recycled cells or Facebook's heavier units before they are re-filled or virtualised.
 */
const PACE: Record<SiteName, number> = { x: 2.7, linkedin: 3.3, facebook: 2.5 };
if (process.env.BENCH_PACE) for (const k of Object.keys(PACE) as SiteName[]) PACE[k] = Number(process.env.BENCH_PACE);
const NAIVE_MARK = process.env.BENCH_NAIVE_MARK !== '0';
/** Posts of the one mark(terms) run per site (~45 s at 2,000); fewer are scaled up linearly (its cost is per post). */
const NAIVE_POSTS = Number(process.env.BENCH_NAIVE_POSTS ?? POSTS);
/** After load, before the "before" heap reading and the scroll: the first screen is processed. */
const PRE_MS = 300;
/** After the last post: the baselines are done; Earshot gets up to COVERAGE_WAIT_MS to finish. */
const SETTLE_MS = 800;
const COVERAGE_WAIT_MS = 8000;

const VARIANTS = ['earshot', 'none', 'markjs', 'floor'] as const;
type Variant = (typeof VARIANTS)[number] | 'markjs-naive';

// Other work may rebuild .output while the bench runs: test a copy of the build it started with.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
let snapshot: string | null = null;
if (!process.env.EARSHOT_EXTENSION_DIR) {
  const built = join(ROOT, '.output/chrome-mv3');
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`No built extension at ${built}: run npm run build first`);
  snapshot = join(mkdtempSync(join(tmpdir(), 'earshot-bench-ext-')), 'chrome-mv3');
  cpSync(built, snapshot, { recursive: true });
  process.env.EARSHOT_EXTENSION_DIR = snapshot;
}
const { importBackup, launchExtension, workerEval } = await import('../tests/e2e/harness');

// BENCH_CORPUS=hostile (bench/support/hostile-feed.ts): only "none" and Earshot run; judged: no long
// task of ours, no script dialog (no payload ran), no page error.
const WATCHLIST = withHostileTerms(generateWatchlist(200));
const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
/**
 * mark.js two ways. The target's baseline is its documented call for a list of terms, mark(terms):
 * one pass and one NodeIterator per term per post (live NodeIterators then slow every DOM removal
 * of the site too) — ~50–100× slower than the hand-tuned markRegExp with all 200 terms in one
 * escaped, case-insensitive alternation, which is repeated every rep and reported as the stricter
 * figure. BENCH_NAIVE_MARK=0 skips the mark(terms) run (the mark.js target is then not judged).
 */
const MARK_OPTIONS = { separateWordSearch: false, diacritics: false };
const IN_PAGE = readFileSync(fileURLToPath(new URL('./support/in-page.js', import.meta.url)), 'utf8');
/** sourceURL of the injected baseline, so the trace can tell its callbacks from the site's. */
const BASELINE_URL = 'bench-baseline.js';

// ---------------------------------------------------------------- one run

interface Loaf {
  start: number;
  duration: number;
  blocking: number;
  scripts: { url: string; fn: string; invoker: string; type: string; start: number; duration: number }[];
}
interface RunResult {
  site: SiteName;
  variant: Variant;
  posts: number;
  scriptMs: number;
  threadMs: number;
  layoutMs: number;
  styleMs: number;
  heapBefore: number;
  heapAfter: number;
  scrollMs: number;
  frames: number;
  longtasks: { start: number; duration: number }[];
  loafs: Loaf[];
  /** Mention posts Earshot recorded / mention posts in the feed. */
  coverage?: { recorded: number; expected: number };
  /** Main-thread tasks from the trace, with our scripts' share. */
  tasks: TaskJank;
  /** Posts the in-page baseline worked on, mark.js's marks, and the baseline's self-timed work. */
  handled: number;
  marks: number;
  workMs: number;
}

const isOurs = (url: string | undefined): boolean => !!url && url.startsWith('chrome-extension://');

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike `dur`, not stretched when the thread is descheduled. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** The page's main-thread tasks and our content script's part in them, from a Chromium trace. */
interface TaskJank {
  /** Tasks over 50 ms of wall time, and how many of those were over 50 ms of CPU time. */
  longWall: number;
  longCpu: number;
  /** Long tasks that are ours: our scripts took ≥ half of the task (wall / CPU time). */
  oursWall: number;
  oursCpu: number;
  /** Longest single run of our script (a callback, an idle slice…), wall and CPU ms. */
  worstOursWall: number;
  worstOursCpu: number;
  /** Our scripts over the whole run, wall ms (the trace's own measure of Earshot's cost) and CPU ms. */
  oursTotal: number;
  oursTotalCpu: number;
  /** Total ms of the in-page baseline's own callbacks (mark.js runs inside them), and of the site's script. */
  baselineTotal: number;
  siteTotal: number;
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) if (ev.ph === 'X' || ev.ph === 'M') events.push(ev);
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** Events not nested in an earlier one of the list (a callback inside a callback counts once). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const last = out[out.length - 1];
    if (!last || e.ts >= last.ts + last.dur!) out.push(e);
  }
  return out;
}

function taskJank(events: TraceEvent[]): TaskJank {
  // The page's main thread: the renderer main thread that ran the most callbacks (every frame runs the site's).
  const key = (e: TraceEvent): string => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key));
  const calls = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall' && mains.has(key(e))) calls.set(key(e), (calls.get(key(e)) ?? 0) + 1);
  const main = [...calls].sort((a, b) => b[1] - a[1])[0]?.[0];
  const on = events.filter((e) => key(e) === main && e.dur !== undefined);
  // A thread cannot use more CPU than wall time: a thread-clock reading above the event's duration
  // (seen: 79.6 ms "CPU" in a task of at most 41.9 ms) is a trace glitch, capped here.
  const cpu = (e: TraceEvent): number => Math.min(e.tdur ?? e.dur!, e.dur!);
  // Tasks: the scheduler's top-level task events (nested run loops: the outermost counts).
  const tasks = outermost(on.filter((e) => e.name === 'ThreadControllerImpl::RunTask'));
  const ours = outermost(on.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && isOurs(e.args?.data?.url)));
  // Tagged with //# sourceURL when injected: the baseline page scripts and the synthetic site.
  const scriptTotal = (url: string): number =>
    outermost(on.filter((e) => e.name === 'FunctionCall' && e.args?.data?.url === url)).reduce((n, e) => n + e.dur!, 0) / 1000;
  let longWall = 0;
  let longCpu = 0;
  let oursWall = 0;
  let oursCpu = 0;
  let j = 0;
  for (const t of tasks) {
    while (j < ours.length && ours[j]!.ts < t.ts) j++;
    let wall = 0;
    let time = 0;
    for (let k = j; k < ours.length && ours[k]!.ts < t.ts + t.dur!; k++) {
      wall += ours[k]!.dur!;
      time += cpu(ours[k]!);
    }
    if (t.dur! > 50_000) {
      longWall++;
      if (wall >= t.dur! / 2) oursWall++;
    }
    if (cpu(t) > 50_000) {
      longCpu++;
      if (time >= cpu(t) / 2) oursCpu++;
    }
  }
  if (process.env.BENCH_EXPLAIN_WORST) explainWorst(ours, on, cpu);
  return {
    longWall,
    longCpu,
    oursWall,
    oursCpu,
    worstOursWall: max([0, ...ours.map((e) => e.dur! / 1000)]),
    worstOursCpu: max([0, ...ours.map((e) => cpu(e) / 1000)]),
    oursTotal: ours.reduce((n, e) => n + e.dur!, 0) / 1000,
    oursTotalCpu: ours.reduce((n, e) => n + cpu(e), 0) / 1000,
    baselineTotal: scriptTotal(BASELINE_URL),
    siteTotal: scriptTotal('bench-site.js'),
  };
}

/** BENCH_EXPLAIN_WORST=1 (a developer's aid): what the longest run of our script spent its time in, by trace event name. */
function explainWorst(ours: TraceEvent[], on: TraceEvent[], cpu: (e: TraceEvent) => number): void {
  const worst = ours.reduce<TraceEvent | undefined>((w, e) => (!w || cpu(e) > cpu(w) ? e : w), undefined);
  if (!worst) return;
  const inside = on.filter((e) => e !== worst && e.ts >= worst.ts && e.ts + e.dur! <= worst.ts + worst.dur!);
  const byName = new Map<string, number>();
  for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
  console.log(`  worst run of ours: ${worst.name} ${JSON.stringify(worst.args?.data ?? {})} ${(worst.dur! / 1000).toFixed(1)} ms wall, ${(cpu(worst) / 1000).toFixed(1)} ms CPU; inside (ms, nested events overlap): ${top.join(', ')}`);
}

/** Post ids in the extension's database (read in the service worker). */
function storedIds(session: Session): Promise<string[]> {
  return workerEval(
    session,
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('earshot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('posts').objectStore('posts').getAllKeys();
          req.onsuccess = () => {
            db.close();
            resolve((req.result as [string, string][]).map((k) => k[1]));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Waits (up to `waitMs`) until Earshot has recorded every mention post of the run. */
async function coverage(session: Session, feed: Feed, waitMs: number): Promise<{ recorded: number; expected: number }> {
  const deadline = Date.now() + waitMs;
  let recorded: number;
  for (;;) {
    const tokens = new Set((await storedIds(session)).flatMap((id) => id.match(/[A-Za-z0-9]+/g) ?? []));
    recorded = feed.mentionIds.filter((id) => tokens.has(id)).length;
    if (recorded === feed.mentionIds.length || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { recorded, expected: feed.mentionIds.length };
}

let runCounter = 0;
let current = '';
let dialogs = 0;
let pageErrors = 0;

async function run(session: Session, spec: SiteSpec, variant: Variant, posts = POSTS): Promise<RunResult> {
  runCounter += 1;
  const feed = hostileFeed(buildFeed(spec.name, runCounter, posts, WATCHLIST));
  current = buildPage(spec, feed, { perFrame: PACE[spec.name], pool: 30, keepAbove: 10 });
  const page: Page = await session.context.newPage();
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss().catch(() => {});
  });
  page.on('pageerror', () => void (pageErrors += 1));
  try {
    await page.addInitScript({ content: `${IN_PAGE}\n__benchJankRecorder();\n//# sourceURL=bench-jank.js` });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const stopTrace = await startTrace(cdp);
    await page.goto(variant === 'earshot' ? spec.url : spec.baselineUrl, { waitUntil: 'load' });
    if (variant === 'markjs' || variant === 'markjs-naive') await page.addScriptTag({ content: `${MARK_JS}\n//# sourceURL=mark.min.js` });
    if (variant !== 'earshot' && variant !== 'none') {
      const opts = {
        mode: variant === 'floor' ? 'floor' : 'markjs',
        markApi: variant === 'markjs' ? 'markRegExp' : 'mark',
        markOptions: MARK_OPTIONS,
        post: spec.postSelector,
        text: spec.textSelector,
        terms: WATCHLIST.map((t) => t.text),
      };
      await page.addScriptTag({ content: `${IN_PAGE}\n__benchBaseline(${JSON.stringify(opts)});\n//# sourceURL=${BASELINE_URL}` });
    }
    await page.waitForTimeout(PRE_MS);
    const heapBefore = await heapUsed(cdp);
    await page.addScriptTag({ content: 'window.__bench.start();' }); // a page script starts the scroll
    await page.waitForFunction('window.__benchDone !== undefined', undefined, { polling: 250, timeout: 600_000 });
    await page.waitForTimeout(SETTLE_MS);
    const cov = variant === 'earshot' ? await coverage(session, feed, COVERAGE_WAIT_MS) : undefined;
    const m = await metrics(cdp);
    const tasks = taskJank(await stopTrace());
    const heapAfter = await heapUsed(cdp);
    const page_ = (await page.evaluate(
      '({ jank: window.__jank, scrollMs: window.__benchDone, frames: window.__benchFrames, handled: window.__handled || 0, marks: window.__marks || 0, workMs: window.__workMs || 0 })',
    )) as { jank: { longtasks: { start: number; duration: number }[]; loafs: Loaf[] }; scrollMs: number; frames: number; handled: number; marks: number; workMs: number };
    await cdp.detach().catch(() => {});
    return {
      site: spec.name,
      variant,
      posts,
      scriptMs: m.ScriptDuration! * 1000,
      threadMs: m.ThreadTime! * 1000,
      layoutMs: m.LayoutDuration! * 1000,
      styleMs: m.RecalcStyleDuration! * 1000,
      heapBefore,
      heapAfter,
      scrollMs: page_.scrollMs,
      frames: page_.frames,
      longtasks: page_.jank.longtasks,
      loafs: page_.jank.loafs,
      coverage: cov,
      tasks,
      handled: page_.handled,
      marks: page_.marks,
      workMs: page_.workMs,
    };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- report

interface Jank {
  /** PerformanceObserver 'longtask' entries (what the page itself can see), and 'long-animation-frame' entries. */
  long: number;
  worstLong: number;
  loafs: number;
  /** LoAF script entries whose sourceURL is ours (Chromium 156 lists none for content scripts). */
  loafOurs: number;
}

function jankOf(r: RunResult): Jank {
  return {
    long: r.longtasks.length,
    worstLong: max([0, ...r.longtasks.map((t) => t.duration)]),
    loafs: r.loafs.length,
    loafOurs: r.loafs.reduce((n, l) => n + l.scripts.filter((x) => isOurs(x.url)).length, 0),
  };
}

const MB = 1024 * 1024;
const fps = (r: RunResult): number => (r.frames / r.scrollMs) * 1000;

function report(results: RunResult[], naive: RunResult[]): boolean {
  let ok = true;
  const summary: (string | number)[][] = [];
  for (const spec of SITES.filter((s) => SITE_NAMES.includes(s.name))) {
    const of = (v: Variant) => results.filter((r) => r.site === spec.name && r.variant === v);
    const costOf = (key: 'scriptMs' | 'threadMs') => {
      const base = median(of('none').map((r) => r[key]));
      return (v: Variant) => of(v).map((r) => r[key] - base);
    };
    const script = costOf('scriptMs');
    const thread = costOf('threadMs');
    console.log(`\n== ${spec.name}: ${POSTS} posts, ${WATCHLIST.length} terms, ${REPS} runs per variant, ${PACE[spec.name]} posts/frame ==`);
    console.log(
      table(
        VARIANTS.map((v) => {
          const rs = of(v);
          return [
            v,
            spread(rs.map((r) => r.scriptMs), 0),
            v === 'none' ? '—' : spread(script(v), 0),
            spread(rs.map((r) => r.threadMs), 0),
            v === 'none' ? '—' : spread(thread(v), 0),
            spread(rs.map(fps), 0),
            spread(rs.map((r) => r.scrollMs / 1000), 1),
          ];
        }),
        ['variant', 'ScriptDuration ms', 'cost ms (Script)', 'ThreadTime ms', 'cost ms (CPU)', 'fps', 'scroll s'],
      ),
    );
    const e = median(script('earshot'));
    const mk = median(script('markjs'));
    const fl = median(script('floor'));
    const eCpu = median(thread('earshot'));
    const mkCpu = median(thread('markjs'));
    const flCpu = median(thread('floor'));
    // Own script time straight from the trace: our content script's callbacks; the baselines' callbacks
    // (mark.js runs inside them). It leaves out what a script costs the site's own code (mark.js's live
    // NodeIterators slow every DOM removal of the site), which the ScriptDuration difference includes.
    const own = (v: Variant) => of(v).map((r) => (v === 'earshot' ? r.tasks.oursTotal : r.tasks.baselineTotal));
    const eOwn = median(own('earshot'));
    const mkOwn = median(own('markjs'));
    const flOwn = median(own('floor'));
    console.log(`own script time from the trace, ms: Earshot ${spread(own('earshot'), 0)} (CPU ${spread(of('earshot').map((r) => r.tasks.oursTotalCpu), 0)}), mark.js ${spread(own('markjs'), 0)}, floor ${spread(own('floor'), 1)}; the site's own script ${spread(of('none').map((r) => r.tasks.siteTotal), 0)}`);
    // The verdict takes the worse of the two measures; a ScriptDuration difference at or below zero
    // (the baseline's cost lost in run-to-run noise) gives no ratio and leaves the trace's.
    const worse = (...rs: number[]): number => Math.max(...rs.filter((r) => Number.isFinite(r) && r > 0));
    const vsRegExp = worse(e / (mk > 0 ? mk : NaN), eOwn / mkOwn);
    const vsFloor = worse(e / (fl > 0 ? fl : NaN), eOwn / flOwn);
    // The target's mark.js: its documented call for a list of terms, mark(terms), timed once on the
    // same feed (too slow to repeat). markRegExp above is the stricter, hand-tuned use; shown, not judged.
    const n = naive.find((r) => r.site === spec.name);
    const nScript = n ? n.scriptMs - median(of('none').map((r) => r.scriptMs)) : NaN;
    const nOwn = n ? n.tasks.baselineTotal * (POSTS / n.posts) : NaN;
    const nScriptScaled = nScript * (n ? POSTS / n.posts : NaN);
    const vsMark = n ? worse(e / (nScriptScaled > 0 ? nScriptScaled : NaN), eOwn / nOwn) : NaN;
    console.log(
      `Earshot / mark.js mark(terms): ${n ? `${ratio(e, nScriptScaled)} by ScriptDuration, ${ratio(eOwn, nOwn)} by own script time (one ${n.posts}-post run${n.posts === POSTS ? '' : `, scaled to ${POSTS} posts`})` : 'not measured (BENCH_NAIVE_MARK=0)'} (target ≤ 0.25×)\n` +
        `Earshot / mark.js markRegExp: ${ratio(e, mk)} by ScriptDuration, ${ratio(eCpu, mkCpu)} by CPU time, ${ratio(eOwn, mkOwn)} by own script time (stricter, no target)\n` +
        `Earshot / floor:   ${ratio(e, fl)} by ScriptDuration, ${ratio(eCpu, flCpu)} by CPU time, ${ratio(eOwn, flOwn)} by own script time (target ≤ 3×)`,
    );
    const selfTimed = (v: Variant) => spread(of(v).map((r) => r.workMs), 1);
    console.log(`baselines' handler time (self-timed in the page): mark.js ${selfTimed('markjs')} ms, floor ${selfTimed('floor')} ms; posts handled: ${of('floor').map((r) => r.handled).join(', ')}`);
    if (n) console.log(`mark.js mark(terms), one ${n.posts}-post run: ${(n.workMs / n.handled).toFixed(2)} ms per post in its handler, own script time ${n.tasks.baselineTotal.toFixed(0)} ms (markRegExp: ${(median(of('markjs').map((r) => r.workMs / r.handled))).toFixed(3)} ms per post)`);
    const cov = of('earshot').map((r) => r.coverage!);
    // ≥ 98%: a post or two of 100 missed under load changes the cost by well under the run-to-run spread.
    const complete = cov.every((c) => c.recorded >= 0.98 * c.expected);
    console.log(`mention posts Earshot recorded, per run: ${cov.map((c) => `${c.recorded}/${c.expected}`).join(', ')}${complete ? ' (all)' : '  ← INCOMPLETE: Earshot did not see every post, its cost is not the cost of the whole feed'}`);

    const jank = VARIANTS.map((v) => ({ v, j: of(v).map(jankOf), t: of(v).map((r) => r.tasks) }));
    console.log(
      table(
        jank.map(({ v, j, t }) => [
          v,
          spread(j.map((x) => x.long), 0),
          max(j.map((x) => x.worstLong)).toFixed(0),
          spread(j.map((x) => x.loafs), 0),
          j.reduce((n, x) => n + x.loafOurs, 0),
          `${spread(t.map((x) => x.longWall), 0)} / ${spread(t.map((x) => x.longCpu), 0)}`,
          v === 'earshot' ? `${t.reduce((n, x) => n + x.oursWall, 0)} / ${t.reduce((n, x) => n + x.oursCpu, 0)}` : '—',
          v === 'earshot' ? `${max(t.map((x) => x.worstOursWall)).toFixed(1)} / ${max(t.map((x) => x.worstOursCpu)).toFixed(1)}` : '—',
        ]),
        ['variant', 'longtask entries/run', 'worst ms', 'LoAFs/run', 'LoAF scripts ours', 'trace: tasks > 50 ms wall / CPU, per run', 'of them ours, all runs (wall / CPU)', 'longest run of ours, ms (wall / CPU)'],
      ),
    );
    const growth = (v: Variant) => of(v).map((r) => (r.heapAfter - r.heapBefore) / MB);
    const heapDelta = median(growth('earshot')) - median(growth('none'));
    console.log(`JS heap growth over the scroll, MB: earshot ${spread(growth('earshot'), 2)}, none ${spread(growth('none'), 2)} → Earshot's ${heapDelta.toFixed(2)} MB`);
    const et = jank.find((x) => x.v === 'earshot')!.t;
    // Judged on CPU time: on a shared machine a 10 ms slice descheduled for 90 ms is a long task on
    // the wall clock that no script of ours made long. Both are shown.
    const ourLong = et.reduce((t, x) => t + x.oursCpu, 0);
    const ourLongWall = et.reduce((t, x) => t + x.oursWall, 0);
    const worstOurs = max(et.map((x) => x.worstOursCpu));
    const worstOursWall = max(et.map((x) => x.worstOursWall));
    const fpsDrop = 1 - median(of('earshot').map(fps)) / median(of('none').map(fps));

    const pass = { mark: Number.isFinite(vsMark) && vsMark <= 0.25, floor: vsFloor <= 3, jank: ourLong === 0, heap: spec.name !== 'x' || heapDelta <= 5, cov: complete };
    ok &&= pass.mark && pass.floor && pass.jank && pass.heap && pass.cov;
    const s = spec.name;
    emit({ bench: 'feed', metric: `${s}: Earshot cost (ScriptDuration)`, value: e, unit: 'ms', note: spread(script('earshot'), 0) });
    emit({ bench: 'feed', metric: `${s}: mark.js cost (ScriptDuration)`, value: mk, unit: 'ms', note: spread(script('markjs'), 0) });
    emit({ bench: 'feed', metric: `${s}: floor cost (ScriptDuration)`, value: fl, unit: 'ms', note: spread(script('floor'), 0) });
    emit({ bench: 'feed', metric: `${s}: Earshot own script time (trace)`, value: eOwn, unit: 'ms', note: `mark.js ${mkOwn.toFixed(0)} ms, floor ${flOwn.toFixed(1)} ms` });
    emit({ bench: 'feed', metric: `${s}: Earshot / mark.js mark(terms)`, value: vsMark, unit: '×', target: '≤ 0.25×', pass: pass.mark, note: n ? `ScriptDuration ${ratio(e, nScriptScaled)}, own time ${ratio(eOwn, nOwn)} (the worse counts); mark(terms) timed once, ${n.posts} posts` : 'not measured' });
    emit({ bench: 'feed', metric: `${s}: Earshot / mark.js markRegExp (stricter, no target)`, value: vsRegExp, unit: '×', note: `ScriptDuration ${ratio(e, mk)}, own time ${ratio(eOwn, mkOwn)}, CPU ${ratio(eCpu, mkCpu)} (the worse of the first two)` });
    emit({ bench: 'feed', metric: `${s}: Earshot / floor`, value: vsFloor, unit: '×', target: '≤ 3×', pass: pass.floor, note: `ScriptDuration ${ratio(e, fl)}, own time ${ratio(eOwn, flOwn)}, CPU ${ratio(eCpu, flCpu)} (the worse of the first two counts)` });
    emit({ bench: 'feed', metric: `${s}: long tasks ≥ 50 ms from the extension`, value: ourLong, unit: '', target: '0', pass: pass.jank, note: `CPU time; by wall time ${ourLongWall}. Longest run of our script ${worstOurs.toFixed(1)} ms CPU, ${worstOursWall.toFixed(1)} ms wall; fps ${(-fpsDrop * 100).toFixed(1)}% vs none` });
    emit({ bench: 'feed', metric: `${s}: JS heap growth, Earshot minus none`, value: heapDelta, unit: 'MB', ...(s === 'x' ? { target: '≤ 5 MB', pass: pass.heap } : {}) });
    emit({ bench: 'feed', metric: `${s}: mention posts recorded`, value: cov.reduce((a, c) => a + c.recorded, 0) / Math.max(1, cov.reduce((a, c) => a + c.expected, 0)), unit: 'share', target: 'all (≥ 98%)', pass: complete });
    summary.push([s, e.toFixed(0), mk.toFixed(0), fl.toFixed(0), ratio(e, mk), ratio(e, fl), eOwn.toFixed(0), nOwn.toFixed(0), mkOwn.toFixed(0), flOwn.toFixed(1), ratio(eOwn, nOwn), ratio(eOwn, mkOwn), ratio(eOwn, flOwn), ourLong, `${(-fpsDrop * 100).toFixed(1)}%`, heapDelta.toFixed(2), complete ? 'yes' : 'NO']);
  }
  console.log(
    `\n${table(summary, ['site', 'E cost ms', 'markRegExp', 'floor', 'E/markRegExp', 'E/floor', 'E own ms', 'mark(terms) own', 'markRegExp own', 'floor own', 'E/mark(terms) own', 'E/markRegExp own', 'E/floor own', 'long tasks by us', 'fps vs none', 'heap MB', 'saw all'])}`,
  );
  return ok;
}

/** BENCH_CORPUS=hostile: long tasks of ours, script dialogs (a payload that ran) and page errors. */
function reportHostile(results: RunResult[]): boolean {
  const ours = results.filter((r) => r.variant === 'earshot');
  const longCpu = ours.reduce((n, r) => n + r.tasks.oursCpu, 0);
  const longWall = ours.reduce((n, r) => n + r.tasks.oursWall, 0);
  const worstCpu = max(ours.map((r) => r.tasks.worstOursCpu));
  const worstWall = max(ours.map((r) => r.tasks.worstOursWall));
  const sites = [...new Set(ours.map((r) => r.site))].join(', ');
  console.log(`\n== hostile corpus: ${HOSTILE_POSTS.length} texts round-robin over ${POSTS} posts per run, ${sites}, ${ours.length} runs ==`);
  console.log(`long tasks ≥ 50 ms from the extension: ${longCpu} by CPU time, ${longWall} by wall time; longest run of our script ${worstCpu.toFixed(1)} ms CPU, ${worstWall.toFixed(1)} ms wall`);
  console.log(`script dialogs (a payload that ran): ${dialogs}; page errors: ${pageErrors}`);
  // The same pages without Earshot, so a slow page is seen as the page's own (100,000-character posts lay out slowly).
  const rows = [...new Set(ours.map((r) => r.site))].map((site) => {
    const of = (v: Variant) => results.filter((r) => r.site === site && r.variant === v);
    const none = of('none');
    const e = of('earshot');
    const own = median(e.map((r) => r.scriptMs)) - median(none.map((r) => r.scriptMs));
    return [site, `${median(none.map(fps)).toFixed(0)}`, `${median(e.map(fps)).toFixed(0)}`, `${median(none.map((r) => r.scriptMs)).toFixed(0)}`, `${median(e.map((r) => r.scriptMs)).toFixed(0)}`, `${own.toFixed(0)}`, `${max(e.map((r) => r.tasks.worstOursCpu)).toFixed(1)}`];
  });
  console.log(`\n${table(rows, ['site', 'fps none', 'fps Earshot', 'page script ms none', 'with Earshot', 'Earshot own ms', 'longest run of ours ms CPU'])}`);
  emit({ bench: 'hostile', metric: 'long tasks ≥ 50 ms from the extension', value: longCpu, unit: '', target: '0', pass: longCpu === 0, note: `${sites}; by wall time ${longWall}; longest run ${worstCpu.toFixed(1)} ms CPU` });
  emit({ bench: 'hostile', metric: 'payloads that ran (script dialogs)', value: dialogs, unit: '', target: '0', pass: dialogs === 0 });
  emit({ bench: 'hostile', metric: 'page errors', value: pageErrors, unit: '', target: '0', pass: pageErrors === 0 });
  return longCpu === 0 && dialogs === 0 && pageErrors === 0;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`feed bench: ${POSTS} posts × ${REPS} runs × ${VARIANTS.length} variants, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const session = await launchExtension();
  const escape = (s: string) => s.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&');
  try {
    for (const spec of SITES) {
      session.serve(new RegExp(`^${escape(spec.url)}`), () => current);
      session.serve(new RegExp(`^${escape(spec.baselineUrl)}`), () => current);
    }
    // The options tab opened on install would re-query the database (live queries) whenever Earshot
    // records a post: CPU the page under test competes with. Users rarely keep it open; close it.
    await (await session.firstRunPage(0))?.close();
    await importBackup(session, { format: 'earshot-backup', version: 1, terms: WATCHLIST });
    const specs = SITES.filter((s) => SITE_NAMES.includes(s.name));
    // Warm-up: the first pages of a fresh browser carry one-off costs.
    for (const spec of specs) for (const v of ['earshot', 'none'] as const) await run(session, spec, v, 150);
    const results: RunResult[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      for (const spec of specs) {
        // Rotate the order so drift over the run hits every variant alike.
        const order = HOSTILE ? (['none', 'earshot'] as const) : VARIANTS.map((_, i) => VARIANTS[(i + rep) % VARIANTS.length]!);
        for (const v of order) {
          const r = await run(session, spec, v);
          results.push(r);
          console.log(
            `rep ${rep + 1} ${spec.name.padEnd(8)} ${v.padEnd(7)} script ${r.scriptMs.toFixed(0).padStart(5)} ms  cpu ${r.threadMs.toFixed(0).padStart(5)} ms  ${fps(r).toFixed(0)} fps  scroll ${(r.scrollMs / 1000).toFixed(1)} s  heap ${((r.heapAfter - r.heapBefore) / MB).toFixed(2)} MB` +
              (r.coverage ? `  recorded ${r.coverage.recorded}/${r.coverage.expected}` : '') +
              (r.handled ? `  handled ${r.handled}${r.marks ? `, ${r.marks} marks` : ''}` : ''),
          );
        }
      }
    }
    const naive: RunResult[] = [];
    if (NAIVE_MARK && !HOSTILE) for (const spec of specs) naive.push(await run(session, spec, 'markjs-naive', NAIVE_POSTS));
    const ok = HOSTILE ? reportHostile(results) : report(results, naive);
    console.log(`\nfeed bench: ${((Date.now() - started) / 1000).toFixed(0)} s, load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}${ok ? '' : '  — TARGET MISSED'}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await session.close();
    if (snapshot) rmSync(dirname(snapshot), { recursive: true, force: true });
  }
}

await main();
