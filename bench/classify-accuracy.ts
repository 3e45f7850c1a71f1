/**
 * Accuracy and speed of classifyPost on the hand-labelled posts.
 * Run: npx tsx bench/classify-accuracy.ts   (always exits 0: it reports, the
 * unit test in lib/classify/classify-post.test.ts enforces the targets).
 *
 * labelled-posts.jsonl is the set the rules were iterated on, so its figures are
 * optimistic. labelled-posts-holdout.jsonl was written after the rules were
 * frozen and never tuned on: its figures estimate accuracy on unseen posts.
 * Keep it that way: when a rule is changed for one of its posts, move that
 * post to the main set and write new held-out posts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyPost } from '../lib/classify/classify-post';
import { classifyText } from '../lib/classify/classify';
import { evaluate, parseLabelled, type Evaluation, type LabelledPost } from '../lib/classify/evaluate';
import { POST_KINDS } from '../lib/model/types';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../tests/fixtures/${name}`, import.meta.url)), 'utf8');
const REPEAT = 50;

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`.padStart(7);
const pad = (s: string | number, n: number): string => String(s).padStart(n);

function printEvaluation(title: string, result: Evaluation, showMisses: boolean): void {
  console.log(`\n== ${title} ==`);
  console.log(`${'class'.padEnd(10)}${pad('count', 6)}${pad('precision', 10)}${pad('recall', 8)}${pad('F1', 8)}`);
  for (const kind of POST_KINDS) {
    const s = result.perClass[kind];
    console.log(`${kind.padEnd(10)}${pad(s.count, 6)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(8)}`);
  }
  console.log(`overall accuracy ${pct(result.accuracy)}   macro recall ${pct(result.macroRecall)}   issue recall ${pct(result.perClass.issue.recall)}`);
  console.log(`\nconfusion (rows: labelled, columns: predicted)`);
  console.log(`${''.padEnd(10)}${POST_KINDS.map((k) => pad(k, 10)).join('')}`);
  for (const actual of POST_KINDS) {
    console.log(`${actual.padEnd(10)}${POST_KINDS.map((p) => pad(result.confusion[actual][p], 10)).join('')}`);
  }
  if (!showMisses) return;
  console.log(`\nmisclassified (${result.misses.length})`);
  for (const miss of result.misses) {
    console.log(`- [${miss.post.site}] labelled ${miss.post.kind}, got ${miss.predicted}: ${miss.post.text.slice(0, 110)}`);
    console.log(`    ${miss.reasons.join(' | ')}`);
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timing(texts: string[]): void {
  texts.forEach((text) => classifyPost(text)); // warm-up: the first call compiles the regexes and JITs VADER
  const times: number[] = [];
  for (let round = 0; round < REPEAT; round += 1) {
    for (const text of texts) {
      const start = performance.now();
      classifyPost(text);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const hostile = ['x'.repeat(100_000), '😡'.repeat(5000), `a\u0000\uD800b`.repeat(20_000)];
  const worst = Math.max(...hostile.map((t) => { const s = performance.now(); classifyPost(t); return performance.now() - s; }));
  console.log(`\ntime per post over ${texts.length} posts × ${REPEAT}: median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${times.at(-1)?.toFixed(3)} ms (GC pauses included)`);
  console.log(`hostile inputs (100k chars, 5,000 emoji, NULs + lone surrogates): slowest ${worst.toFixed(1)} ms`);
}

const posts = parseLabelled(fixture('labelled-posts.jsonl'));
const heldOut = parseLabelled(fixture('labelled-posts-holdout.jsonl'));
const counts = (set: LabelledPost[]): string => POST_KINDS.map((k) => `${k} ${set.filter((p) => p.kind === k).length}`).join(', ');
console.log(`labelled posts: ${posts.length} (${counts(posts)}); held-out: ${heldOut.length} (${counts(heldOut)})`);
printEvaluation('classifyPost (background), labelled set', evaluate(posts, classifyPost), true);
printEvaluation('classifyPost, held-out set (never tuned on)', evaluate(heldOut, classifyPost), true);
printEvaluation('classifyText (content-script fallback), labelled set, for comparison', evaluate(posts, classifyText), false);
timing(posts.map((p) => p.text));
