/**
 * Runs every benchmark in turn and records the results at the top of bench/RESULTS.md.
 * Run: npm run bench   (= npm run build && tsx bench/run-all.ts)
 *
 * Order: bundle size, matching cost, classifier accuracy, feed (browser; the long one).
 * Each bench prints `RESULT {json}` lines (bench/support/stats.ts emit); the summary table is
 * made from them. RESULTS.md keeps everything outside the <!-- bench:… --> markers, so notes
 * written by hand below the generated sections survive a re-run.
 * Exits 1 when a bench failed or missed a target (after writing RESULTS.md).
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './support/stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');

interface Step {
  name: string;
  file: string;
  args?: string[];
}
const STEPS: Step[] = [
  { name: 'bundle size', file: 'bench/bundle-size.ts' },
  { name: 'matching cost vs terms', file: 'bench/matching-bench.ts' },
  { name: 'classifier accuracy', file: 'bench/classify-accuracy.ts' },
  { name: 'feed: cost, jank, memory', file: 'bench/feed-bench.ts' },
  { name: 'popup at scale', file: 'bench/popup-bench.ts' },
];

interface Outcome {
  step: Step;
  code: number;
  seconds: number;
  output: string;
  results: BenchResult[];
}

function runStep(step: Step): Promise<Outcome> {
  const started = Date.now();
  console.log(`\n######## ${step.name}: ${step.file}\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX, step.file, ...(step.args ?? [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => {
      const results = output
        .split('\n')
        .filter((l) => l.startsWith('RESULT '))
        .map((l) => JSON.parse(l.slice(7)) as BenchResult);
      resolve({ step, code: code ?? 1, seconds: (Date.now() - started) / 1000, output, results });
    });
  });
}

function machine(): string {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let version = 'unknown';
  try {
    version = execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    /* not installed */
  }
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  return `nproc ${nproc} (${cpus()[0]?.model.trim() ?? 'cpu'}), node ${process.version}, ${version}`;
}

const fmt = (r: BenchResult): string => {
  if (r.unit === '') return String(Math.round(r.value));
  const v = Math.abs(r.value) >= 100 ? r.value.toFixed(0) : Math.abs(r.value) >= 10 ? r.value.toFixed(1) : r.value.toFixed(2);
  return r.unit === 'share' ? `${(r.value * 100).toFixed(1)}%` : `${v}${r.unit === '×' ? '×' : r.unit ? ` ${r.unit}` : ''}`;
};
const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The lines of classify-accuracy.ts worth keeping: set sizes, each section's accuracy, timing. */
function classifySummary(output: string): string[] {
  const lines = output.split('\n');
  const out: string[] = [];
  let title = '';
  for (const line of lines) {
    if (line.startsWith('labelled posts:') || line.startsWith('time per post') || line.startsWith('hostile inputs')) out.push(line.trim());
    else if (line.startsWith('== ')) title = line.replace(/==/g, '').trim();
    else if (line.startsWith('overall accuracy')) out.push(`${title}: ${line.trim().replace(/%\s{2,}/g, '%, ').replace(/\s{2,}/g, ' ')}`);
  }
  return out;
}

/** The human-readable report of the feed bench: everything after its per-run progress lines. */
function feedReport(output: string): string {
  const lines = output.split('\n').filter((l) => !l.startsWith('RESULT ') && !l.startsWith('rep ') && !/npm warn/.test(l));
  const start = lines.findIndex((l) => l.startsWith('== '));
  return (start >= 0 ? lines.slice(start) : lines).join('\n').trim();
}

function replaceSection(doc: string, name: string, body: string, after?: string): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return doc.slice(0, i) + block + doc.slice(j + end.length);
  // New section: after the given one, or at the top.
  const anchor = after ? doc.indexOf(`<!-- bench:${after}:end -->`) : -1;
  if (anchor >= 0) {
    const at = anchor + `<!-- bench:${after}:end -->`.length;
    return `${doc.slice(0, at)}\n\n${block}${doc.slice(at)}`;
  }
  return `${block}\n\n${doc}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadStart = loadavg();
  const outcomes: Outcome[] = [];
  for (const step of STEPS) outcomes.push(await runStep(step));
  const seconds = (Date.now() - started) / 1000;
  const all = outcomes.flatMap((o) => o.results);
  const targets = all.filter((r) => r.target !== undefined);
  const figures = all.filter((r) => r.target === undefined);
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);

  const summary = [
    '# Earshot benchmarks',
    '',
    `Last run ${date} UTC by \`npm run bench\` (bench/run-all.ts), ${seconds.toFixed(0)} s. Machine: ${machine()}; load average ${loadStart.map((l) => l.toFixed(1)).join(' / ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end.`,
    '',
    '| bench | target | result | goal | |',
    '|---|---|---|---|---|',
    ...targets.map((r) => `| ${r.bench} | ${cell(r.metric)} | ${fmt(r)}${r.note ? ` <br><sub>${cell(r.note)}</sub>` : ''} | ${cell(r.target ?? '')} | ${r.pass ? 'pass' : '**MISSED**'} |`),
    '',
    '| bench | figure | value | |',
    '|---|---|---|---|',
    ...figures.map((r) => `| ${r.bench} | ${cell(r.metric)} | ${fmt(r)} | ${r.note ? cell(r.note) : ''} |`),
    '',
    `Steps: ${outcomes.map((o) => `${o.step.name} ${o.seconds.toFixed(0)} s${o.code ? ` (exit ${o.code})` : ''}`).join(', ')}.`,
  ].join('\n');

  const feed = outcomes.find((o) => o.step.file.includes('feed-bench'));
  const classify = outcomes.find((o) => o.step.file.includes('classify-accuracy'));
  let doc = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  doc = replaceSection(doc, 'summary', summary);
  if (feed) doc = replaceSection(doc, 'feed', `## Feed bench, latest run\n\n\`\`\`\n${feedReport(feed.output)}\n\`\`\``, 'summary');
  if (classify) doc = replaceSection(doc, 'classify', `## Classifier accuracy (bench/classify-accuracy.ts), latest run\n\n${classifySummary(classify.output).map((l) => `- ${l}`).join('\n')}`, 'feed');
  writeFileSync(RESULTS, doc.endsWith('\n') ? doc : `${doc}\n`);

  console.log(`\n######## all benches: ${seconds.toFixed(0)} s; ${targets.filter((t) => t.pass).length}/${targets.length} targets met; results written to bench/RESULTS.md`);
  const failed = outcomes.filter((o) => o.code !== 0);
  for (const o of failed) console.log(`  ${o.step.file} exited ${o.code}`);
  process.exitCode = failed.length > 0 || targets.some((t) => !t.pass) ? 1 : 0;
}

await main();
