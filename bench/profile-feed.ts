/**
 * Where Earshot's content-script time goes on the feed benchmark's pages: a CPU profile
 * (CDP Profiler, 100 µs sampling) of one scroll through the feed with the extension loaded,
 * summed per function of our script — self time and inclusive time (a function counted once
 * per sample however deep it recurses). A developer's tool for bench/feed-bench.ts's misses,
 * not a benchmark: it prints no ratios and has no targets.
 *
 * Run: EARSHOT_OUT_DIR=.output-profile EARSHOT_NO_MINIFY=1 npx wxt build   (readable names)
 *      EARSHOT_EXTENSION_DIR=.output-profile/chrome-mv3 npx tsx bench/profile-feed.ts
 * Env: BENCH_SITES (x,linkedin,facebook), BENCH_POSTS (2000), PROFILE_TOP (25),
 * BENCH_CORPUS=hostile (the hostile texts: bench/support/hostile-feed.ts). Also prints the longest
 * unbroken runs of our script (the would-be long tasks) with what they spent their time in.
 */
import type { CDPSession } from 'playwright-core';
import { importBackup, launchExtension } from '../tests/e2e/harness';
import { generateWatchlist } from './support/corpus';
import { buildFeed, buildPage, SITES } from './support/feed-pages';
import { hostileFeed, withHostileTerms } from './support/hostile-feed';

const POSTS = Number(process.env.BENCH_POSTS ?? 2000);
const SITE_NAMES = (process.env.BENCH_SITES ?? 'x,linkedin,facebook').split(',');
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const PACE = { x: 2.7, linkedin: 3.3, facebook: 2.5 } as const;
const WATCHLIST = withHostileTerms(generateWatchlist(200));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: ProfileNode): boolean => n.callFrame.url.startsWith('chrome-extension://');
  const label = (n: ProfileNode): string => {
    const file = n.callFrame.url.split('/').pop();
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(id);
    // The sample belongs to us when any frame on its stack is ours; native frames under our
    // code (querySelectorAll, layout reads) count as the nearest of our callers' self time.
    const stack: ProfileNode[] = [];
    for (let cur = node; cur; cur = byId.get(parent.get(cur.id) ?? -1)) stack.push(cur);
    const mine = stack.filter(ours);
    if (mine.length === 0) return;
    total += dt;
    node = stack.find(ours)!;
    const nativeTop = stack[0] && !ours(stack[0]) ? ` → ${stack[0].callFrame.functionName || '(native)'}` : '';
    self.set(label(node) + nativeTop, (self.get(label(node) + nativeTop) ?? 0) + dt);
    for (const key of new Set(mine.map(label))) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  longestRuns(profile, byId, parent, ours, label);
  const top = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  console.log(`our samples: ${total.toFixed(1)} ms\n-- self (with the native call on top) --\n${top(self)}\n-- inclusive --\n${top(inclusive)}`);
}

/**
 * The longest unbroken runs of our script: consecutive samples with one of our frames on the
 * stack (a run is what a long task of ours would be), each with the functions it spent most in.
 */
function longestRuns(
  profile: Profile,
  byId: Map<number, ProfileNode>,
  parent: Map<number, number>,
  ours: (n: ProfileNode) => boolean,
  label: (n: ProfileNode) => string,
): void {
  interface Run { ms: number; at: number; inclusive: Map<string, number> }
  const runs: Run[] = [];
  let run: Run | null = null;
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    clock += (profile.timeDeltas[i] ?? 0) / 1000;
    const stack: ProfileNode[] = [];
    for (let cur = byId.get(id); cur; cur = byId.get(parent.get(cur.id) ?? -1)) stack.push(cur);
    const mine = stack.filter(ours);
    if (mine.length === 0) {
      if (run) runs.push(run);
      run = null;
      return;
    }
    run ??= { ms: 0, at: clock, inclusive: new Map() };
    run.ms += dt;
    for (const key of new Set(mine.map(label))) run.inclusive.set(key, (run.inclusive.get(key) ?? 0) + dt);
  });
  if (run) runs.push(run);
  const worst = runs.sort((a, b) => b.ms - a.ms).slice(0, 3);
  for (const r of worst) {
    const top = [...r.inclusive].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`longest run: ${r.ms.toFixed(1)} ms at ${(r.at / 1000).toFixed(0)} ms\n${top.map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n')}`);
  }
}

interface Coverage {
  url: string;
  functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
}

/** Call counts of our functions (precise coverage), the busiest first. */
function printCounts(coverage: Coverage[]): void {
  const counts = coverage
    .filter((c) => c.url.startsWith('chrome-extension://'))
    .flatMap((c) => c.functions.map((f) => ({ name: f.functionName || '(anonymous)', count: f.ranges[0]?.count ?? 0 })))
    .filter((f) => /sendMessage|flush|process|match|readPost|extractText|findPost|drain|runSlice/i.test(f.name) && f.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP);
  console.log(`-- calls --\n${counts.map((c) => `  ${String(c.count).padStart(8)}  ${c.name}`).join('\n')}`);
}

async function main(): Promise<void> {
  const session = await launchExtension();
  let current = '';
  try {
    const escape = (s: string) => s.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&');
    for (const spec of SITES) session.serve(new RegExp(`^${escape(spec.url)}`), () => current);
    await (await session.firstRunPage(0))?.close();
    await importBackup(session, { format: 'earshot-backup', version: 1, terms: WATCHLIST });
    let n = 0;
    for (const spec of SITES.filter((s) => SITE_NAMES.includes(s.name))) {
      for (const posts of [150, POSTS]) {
        n += 1;
        current = buildPage(spec, hostileFeed(buildFeed(spec.name, n, posts, WATCHLIST)), { perFrame: PACE[spec.name], pool: 30, keepAbove: 10 });
        const page = await session.context.newPage();
        const cdp: CDPSession = await session.context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
        await page.goto(spec.url, { waitUntil: 'load' });
        await page.waitForTimeout(300);
        await page.addScriptTag({ content: 'window.__bench.start();' });
        await page.waitForFunction('window.__benchDone !== undefined', undefined, { polling: 250, timeout: 600_000 });
        await page.waitForTimeout(1500);
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as unknown as { result: Coverage[] };
        if (posts === POSTS) {
          console.log(`\n== ${spec.name}: ${posts} posts ==`);
          summarise(profile);
          printCounts(result);
        }
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
}

await main();
