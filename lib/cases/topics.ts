import { PHRASE_STARTERS, STOP_WORDS } from './stop-words';

/**
 * Repeat problems (product.md §4): issues grouped by a shared key phrase, with
 * counts this period vs the previous one. Deliberately simple and explainable:
 * a topic is a phrase its issues literally share.
 *
 * 1. Words: Unicode letters/digits, lower case, accents folded ("café" = "cafe"),
 *    apostrophes dropped; URLs, @handles, numbers, stop words and the brand's own
 *    watchlist words removed. Punctuation ends a run, so phrases never span sentences.
 * 2. Phrases: single words and two-word phrases of neighbouring words ("charged me
 *    twice" → "charged twice"); "charged twice" and "twice charged" are one phrase.
 * 3. Greedy: take the two-word phrase shared by the most still-ungrouped issues of
 *    this period (then single words once no two-word phrase is shared), give it
 *    those issues, repeat. Two-word phrases go first because they name the problem
 *    ("never arrived") where single words name the subject ("order").
 * 4. The previous period's issues are grouped by the same phrases, in the same
 *    order, so the two counts compare like with like.
 * Ties break alphabetically, so the result is deterministic.
 */

export interface TopicIssue {
  /** Case or post id: returned in the topic's `ids`. */
  id: string;
  text: string;
  /** ISO 8601: when the issue was raised (post seen or case opened). */
  at: string;
}

export type TopicTrend = 'new' | 'up' | 'down' | 'flat';

export interface Topic {
  /** The phrase as most of its issues write it, lower case ("never arrived"). */
  phrase: string;
  /** Issues of this period in the topic. */
  count: number;
  /** Issues of the previous period (same length, just before) with the same phrase. */
  previousCount: number;
  ids: string[];
  previousIds: string[];
  trend: TopicTrend;
}

export interface TopicOptions {
  now: Date;
  periodDays: number;
  /** Watchlist terms (brand, handle, product…): their words are never a topic. */
  exclude: readonly string[];
  /** A topic needs this many issues this period (default 2: one issue is not a repeat). */
  minCount?: number;
  maxTopics?: number;
}

/** Long posts are judged by their start, which keeps the work bounded on hostile 100,000-character text. */
const MAX_TEXT = 5000;
const DAY_MS = 86_400_000;
const SEGMENT_BREAK = /[.!?;:,()[\]{}"“”«»…|/\\\n\r\t]+|\s[-–—]+\s|\p{Extended_Pictographic}/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Folded key of one word: "Café" → "cafe", "Don’t" → "dont", "Straße" → "strasse". */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/['’]/g, '');
}

interface Word {
  key: string;
  surface: string;
}

/** Runs of kept words, one run per sentence fragment. */
function words(text: string, excluded: ReadonlySet<string>): Word[][] {
  const clean = text.slice(0, MAX_TEXT).normalize('NFKC').replace(/\bhttps?:\/\/\S+|\bwww\.\S+|@[\p{L}\p{N}_]+/gu, ' ');
  return clean.split(SEGMENT_BREAK).map((segment) =>
    [...segment.matchAll(WORD)]
      .map((m) => ({ key: fold(m[0]), surface: m[0].toLowerCase().replace(/’/g, "'") }))
      .filter(({ key }) => key.length > 1 && !/^\d+$/.test(key) && !STOP_WORDS.has(key) && !excluded.has(key)),
  );
}

/** Phrase key → how this issue wrote it. A negation only ever starts a two-word phrase. */
function phrasesOf(text: string, excluded: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const run of words(text, excluded)) {
    run.forEach((w, i) => {
      if (!PHRASE_STARTERS.has(w.key) && !out.has(w.key)) out.set(w.key, w.surface);
      const next = run[i + 1];
      if (!next || next.key === w.key || PHRASE_STARTERS.has(next.key)) return;
      const key = [w.key, next.key].sort().join(' '); // word order ignored: "twice charged" = "charged twice"
      if (!out.has(key)) out.set(key, `${w.surface} ${next.surface}`);
    });
  }
  return out;
}

/** Every word of every watchlist term ("Northwind Coffee", "@NorthwindCoffee" → northwind, coffee, northwindcoffee). */
function excludedWords(terms: readonly string[]): Set<string> {
  return new Set(terms.flatMap((t) => [...t.normalize('NFKC').matchAll(WORD)].map((m) => fold(m[0]))));
}

export function groupTopics(issues: readonly TopicIssue[], options: TopicOptions): Topic[] {
  const { now, periodDays, exclude, minCount = 2, maxTopics = 10 } = options;
  const end = now.getTime();
  const start = end - periodDays * DAY_MS;
  const previousStart = start - periodDays * DAY_MS;
  const excluded = excludedWords(exclude);
  // Each period's issues in time order (then id), so ids come out the same whatever the input order.
  const inRange = (from: number, to: number) =>
    issues
      .filter((i) => Date.parse(i.at) > from && Date.parse(i.at) <= to)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((issue) => ({ issue, phrases: phrasesOf(issue.text, excluded) }));
  const current = inRange(start, end);
  const previous = inRange(previousStart, start);

  const chosen: { key: string; members: typeof current }[] = [];
  let open = current;
  while (chosen.length < maxTopics) {
    const best = bestPhrase(open, minCount);
    if (!best) break;
    chosen.push({ key: best, members: open.filter((e) => e.phrases.has(best)) });
    open = open.filter((e) => !e.phrases.has(best));
  }

  let left = previous;
  const topics = chosen.map(({ key, members }): Topic => {
    const before = left.filter((e) => e.phrases.has(key));
    left = left.filter((e) => !e.phrases.has(key));
    const count = members.length;
    const previousCount = before.length;
    return {
      phrase: commonest(members.map((e) => e.phrases.get(key)!)),
      count, previousCount,
      ids: members.map((e) => e.issue.id),
      previousIds: before.map((e) => e.issue.id),
      trend: previousCount === 0 ? 'new' : count > previousCount ? 'up' : count < previousCount ? 'down' : 'flat',
    };
  });
  return topics.sort((a, b) => b.count - a.count || b.previousCount - a.previousCount || (a.phrase < b.phrase ? -1 : 1));
}

/** The phrase shared by the most issues (at least minCount): two-word phrases first, ties alphabetical. */
function bestPhrase(entries: readonly { phrases: Map<string, string> }[], minCount: number): string | null {
  const counts = new Map<string, number>();
  for (const e of entries) for (const key of e.phrases.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best: [string, number, boolean] | null = null;
  for (const [key, n] of counts) {
    if (n < minCount) continue;
    const pair = key.includes(' ');
    if (!best || (pair && !best[2]) || (pair === best[2] && (n > best[1] || (n === best[1] && key < best[0])))) best = [key, n, pair];
  }
  return best?.[0] ?? null;
}

/** The most frequent spelling; ties alphabetical. */
function commonest(values: readonly string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
