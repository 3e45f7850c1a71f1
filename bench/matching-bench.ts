/**
 * Matching cost versus watchlist size (pure Node, no browser).
 * Run: npx tsx bench/matching-bench.ts
 *
 * compileWatchlist with 10, 200 and 2,000 terms over the same 20,000 posts
 * (~250 characters, 5% mention a term). The mentions are of the first ten terms,
 * which every list contains, so all three lists find the same matches and the
 * only difference is the size of the automaton: cost should grow with the text,
 * not with the number of terms (ratio 2,000 / 10 terms near 1).
 */
import { compileWatchlist } from '../lib/matching';
import { generatePosts, generateWatchlist, toTerms } from './support/corpus';
import { emit, median, ratio, spread, table } from './support/stats';

const POSTS = 20_000;
const SIZES = [10, 200, 2000] as const;
const ROUNDS = 7;

const all = generateWatchlist(2000);
const posts = generatePosts({ count: POSTS, mentionTerms: all.slice(0, 10), watchlist: all, shape: 'generic', seed: 3 }).map((p) => p.text);
const chars = posts.reduce((n, t) => n + t.length, 0);
console.log(`corpus: ${POSTS} posts, ${(chars / POSTS).toFixed(0)} chars on average, ${posts.length * 0.05} mention one of the first 10 terms`);

const lists = SIZES.map((n) => toTerms(all.slice(0, n)));

// Compile time: median of several compilations (the first one warms the JIT up).
const compileMs = lists.map((terms) => {
  compileWatchlist(terms);
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    compileWatchlist(terms);
    times.push(performance.now() - t0);
  }
  return times;
});

const matchers = lists.map((terms) => compileWatchlist(terms));
let sink = 0;
const pass = (index: number): number => {
  const matcher = matchers[index]!;
  const t0 = performance.now();
  for (const text of posts) sink += matcher.match(text).length;
  return performance.now() - t0;
};
// Warm-up, then rounds interleaved so drift (thermal, GC) hits every size alike.
SIZES.forEach((_, i) => pass(i));
const times: number[][] = SIZES.map(() => []);
for (let round = 0; round < ROUNDS; round++) SIZES.forEach((_, i) => times[i]!.push((pass(i) / POSTS) * 1000));
const matchesPerPass = matchers.map((m) => posts.reduce((n, t) => n + m.match(t).length, 0));

console.log(
  `\n${table(
    SIZES.map((n, i) => [n, spread(compileMs[i]!, 2), spread(times[i]!, 2), (1000 / median(times[i]!)).toFixed(0) + 'k', matchesPerPass[i]!]),
    ['terms', 'compile ms (median, range)', 'ms per 1,000 posts (median, range)', 'posts/ms', 'matches'],
  )}`,
);
const r = median(times[2]!) / median(times[0]!);
console.log(`\nratio 2,000 terms / 10 terms: ${ratio(median(times[2]!), median(times[0]!))} (target: near 1, ≤ 1.5×)`);
console.log(`ratio 200 terms / 10 terms: ${ratio(median(times[1]!), median(times[0]!))}`);
if (sink < 0) console.log(sink); // keep the work observable

SIZES.forEach((n, i) => {
  emit({ bench: 'matching', metric: `match ms per 1,000 posts, ${n} terms`, value: median(times[i]!), unit: 'ms' });
  emit({ bench: 'matching', metric: `compile ms, ${n} terms`, value: median(compileMs[i]!), unit: 'ms' });
});
emit({ bench: 'matching', metric: 'ratio 2,000 / 10 terms', value: r, unit: '×', target: '≤ 1.5×', pass: r <= 1.5 });
