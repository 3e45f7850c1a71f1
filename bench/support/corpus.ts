/**
 * Deterministic test data for the benchmarks: a watchlist of any size (brands,
 * products, people, hashtags, handles, competitors with exclusions) and post
 * texts shaped like each site's posts, a given share of which mention a term.
 * Pure Node: no DOM. Every generated "mention" and "no mention" is checked with
 * Earshot's own matcher, so the mention rate is exact, not hoped for.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileWatchlist } from '../../lib/matching';
import type { Term, TermKind } from '../../lib/model/types';

export interface BackupTerm {
  text: string;
  kind: TermKind;
  exclude?: string[];
}

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

// Invented company words: none of them is an English word the filler text could contain.
const PREFIXES = [
  'Northwind', 'Bluepeak', 'Kestrelo', 'Fernhollow', 'Lumenra', 'Harborlyn', 'Quillon', 'Saltmara', 'Ironbarq', 'Copperlyn',
  'Driftova', 'Brightlane', 'Southbay', 'Oakvenna', 'Silverix', 'Tidewell', 'Redstova', 'Greenvale', 'Pinecresta', 'Zephyro',
  'Nimbara', 'Valtoro', 'Corvexa', 'Altamira', 'Sunforge', 'Moonreach', 'Starlume', 'Cindera', 'Rookwell', 'Emberly',
  'Glacero', 'Haventra', 'Juniva', 'Kairona', 'Lakora', 'Mistral', 'Novanta', 'Orbelia', 'Pellaro', 'Quintara',
  'Ravello', 'Solvane', 'Tessaro', 'Umbrava', 'Veloria', 'Wrenfield', 'Xandor', 'Yarrowby', 'Zenthia', 'Arcadio',
  'Belmora', 'Castilo', 'Delvano', 'Estoria', 'Falcora', 'Galdera', 'Hollisto', 'Isolde', 'Jarvona', 'Kelbrook',
];
const SUFFIXES = [
  'Coffee', 'Labs', 'Bikes', 'Outfitters', 'Bank', 'Health', 'Studios', 'Foods', 'Motors', 'Analytics',
  'Insurance', 'Airlines', 'Telecom', 'Games', 'Cosmetics', 'Apparel', 'Pharma', 'Energy', 'Robotics', 'Logistics',
  'Roasters', 'Brewing', 'Fitness', 'Software', 'Mobile', 'Hotels', 'Markets', 'Pet Co', 'Home', 'Audio',
];
const PRODUCT_NOUNS = ['Aero', 'Trail', 'Pulse', 'Nova', 'Core', 'Flex', 'Edge', 'Loop', 'Arc', 'Echo', 'Spark', 'Vista'];
const MODELS = ['X2', 'Pro', 'Mini', 'Max', '3', '5', 'Ultra', 'Lite', 'S', 'One', 'Go', 'Plus'];
const FIRST = ['Dana', 'Marcus', 'Priya', 'Aisha', 'Tomasz', 'Lena', 'Kofi', 'Ingrid', 'Rafael', 'Mei', 'Oskar', 'Yara', 'Declan', 'Noor', 'Hugo'];
const LAST = ['Whitfield', 'Okonkwo', 'Vasquez', 'Lindqvist', 'Haddad', 'Brennan', 'Takeda', 'Moreau', 'Castellano', 'Adeyemi', 'Fairbourne', 'Nakashima'];
const EXCLUSION_TAILS = ['Table', 'Street', 'Park', 'Hotel', 'Elementary', 'River'];

const KIND_CYCLE: TermKind[] = ['brand', 'product', 'handle', 'hashtag', 'person', 'competitor', 'product', 'brand', 'hashtag', 'handle'];

/**
 * `n` distinct terms; generateWatchlist(a) is a prefix of generateWatchlist(b) for a < b,
 * so 10 ⊂ 200 ⊂ 2,000. About one brand or competitor in four has 1–2 exclusions.
 */
export function generateWatchlist(n: number, seed = 7): BackupTerm[] {
  const r = rng(seed);
  const seen = new Set<string>();
  const terms: BackupTerm[] = [];
  let guard = 0;
  while (terms.length < n && guard++ < n * 50) {
    const kind = KIND_CYCLE[terms.length % KIND_CYCLE.length]!;
    // Past the simple combinations (large watchlists), names get a second word part.
    const big = guard > terms.length * 3 + 20;
    const p = big ? `${pick(r, PREFIXES)}${pick(r, PREFIXES).toLowerCase()}` : pick(r, PREFIXES);
    const s = pick(r, SUFFIXES);
    let text: string;
    switch (kind) {
      case 'brand':
      case 'competitor':
        text = `${p} ${s}`;
        break;
      case 'product':
        text = `${p} ${pick(r, PRODUCT_NOUNS)} ${pick(r, MODELS)}`;
        break;
      case 'handle':
        text = `@${p}${s.replace(/\s+/g, '')}`;
        break;
      case 'hashtag':
        text = `#${(p + (r() < 0.5 ? '' : s.replace(/\s+/g, ''))).toLowerCase()}`;
        break;
      case 'person':
        text = big ? `${pick(r, FIRST)} ${p}` : `${pick(r, FIRST)} ${pick(r, LAST)}`;
        break;
    }
    const key = text.toLowerCase().replace(/^[@#]/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const term: BackupTerm = { text, kind };
    if ((kind === 'brand' || kind === 'competitor') && r() < 0.25) {
      term.exclude = [`${text} ${pick(r, EXCLUSION_TAILS)}`];
      if (r() < 0.3) term.exclude.push(`${text} ${pick(r, EXCLUSION_TAILS)} Club`);
    }
    terms.push(term);
  }
  return terms;
}

/** Backup terms as the matcher's Term objects (what the content script gets after an import). */
export function toTerms(terms: readonly BackupTerm[]): Term[] {
  return terms.map((t, i) => ({ id: `t${i}`, text: t.text, kind: t.kind, exclude: t.exclude ?? [] }));
}

// ---------------------------------------------------------------- post texts

const OPENERS = [
  'Honestly', 'Hot take:', 'Quick update:', 'PSA:', 'Okay so', 'Not gonna lie,', 'Reminder:', 'Thread:', 'Today', 'Big news!',
  'Can we talk about how', 'Unpopular opinion:', 'Weekend plans:', 'Just realised', 'Fun fact:', 'So proud of my team:',
];
const SUBJECTS = [
  'the new season', 'my morning run', 'this rainy weather', 'the quarterly review', 'our kitchen renovation', 'the playoffs',
  'remote work', 'the farmers market', 'my daughter’s science fair project', 'the train strike', 'the conference keynote',
  'my first marathon', 'the hiring market', 'our product launch', 'the local library', 'the last episode', 'my sourdough starter',
  'the city council meeting', 'the new bike lane', 'my houseplants', 'the team offsite', 'this interview process',
];
const VERBS = [
  'is way better than I expected', 'keeps getting pushed back', 'made my whole week', 'was a complete mess', 'deserves more attention',
  'taught me a lot about patience', 'is finally happening', 'went sideways in the best way', 'needs a serious rethink',
  'is exactly what I needed', 'surprised everyone', 'is underrated', 'took twice as long as planned', 'was worth the wait',
];
const TAILS = [
  'Anyone else?', 'More soon.', 'Thoughts?', 'Let’s go!', 'Never again.', 'Highly recommend.', 'Send help.', 'Grateful.',
  'What would you do?', 'Details in the comments.', 'Link below.', 'Same time next year.', 'Who’s with me?',
];
const FILLER = [
  'We spent the whole afternoon figuring out the details and it paid off.',
  'The lesson for me: start small, ship early, listen carefully.',
  'Three things stood out: the people, the pace and the tiny details nobody notices.',
  'It took a few tries, a lot of coffee and one very patient neighbour.',
  'If you had told me a year ago that this would work, I would have laughed.',
  'Shoutout to everyone who showed up early and stayed late.',
  'The numbers are up 12% on last month, which nobody predicted.',
  'I changed my mind twice while writing this post.',
  'Still processing everything that happened this week.',
  'The best part was the conversation afterwards.',
];
const TAGS = ['#MondayMotivation', '#leadership', '#running', '#weekend', '#tech', '#hiring', '#foodie', '#travel', '#AI', '#design', '#startups', '#football'];
const PEOPLE = ['@jenny_k', '@tomwrites', '@the_real_mo', '@lisa.designs', '@dev_ops_dan', '@coach_rita'];
const EMOJI = ['😂', '🔥', '🙌', '🎉', '😅', '👀', '💯', '🙏', '😍', '🚀', '☕', '🌧️'];

export type PostShape = 'x' | 'linkedin' | 'facebook' | 'generic';
const LENGTH: Record<PostShape, [number, number]> = {
  x: [60, 280],
  linkedin: [220, 1200],
  facebook: [50, 600],
  generic: [150, 350],
};

function fillerText(r: () => number, shape: PostShape): string {
  const [lo, hi] = LENGTH[shape];
  const target = int(r, lo, hi);
  const parts: string[] = [`${pick(r, OPENERS)} ${pick(r, SUBJECTS)} ${pick(r, VERBS)}.`];
  let length = parts[0]!.length;
  while (length < target) {
    const roll = r();
    let part: string;
    if (roll < 0.45) part = pick(r, FILLER);
    else if (roll < 0.65) {
      const subject = pick(r, SUBJECTS);
      part = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${pick(r, VERBS)}.`;
    }
    else if (roll < 0.75) part = pick(r, TAGS);
    else if (roll < 0.82) part = pick(r, PEOPLE);
    else if (roll < 0.9) part = pick(r, EMOJI);
    else if (roll < 0.94 && shape === 'linkedin') part = '\n\n';
    else if (roll < 0.97) part = `https://example.com/${Math.floor(r() * 1e6).toString(36)}`;
    else part = pick(r, TAILS);
    parts.push(part);
    length += part.length + 1;
  }
  let text = parts.join(' ').replace(/ ?\n\n ?/g, '\n\n');
  if (text.length > hi) text = text.slice(0, hi).replace(/\s+\S*$/, '');
  return text;
}

/** The hand-labelled posts (real wording of complaints, questions, praise), brand names as placeholders. */
function labelledTemplates(): string[] {
  const file = fileURLToPath(new URL('../../tests/fixtures/labelled-posts.jsonl', import.meta.url));
  const brand = /@NorthwindCoffee|#northwind\w*|Northwind Coffee|Southbay Roasters|\bnorthwind\b|\bsouthbay\b/gi;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .map((text) => text.replace(brand, '{TERM}'))
    .filter((text) => text.includes('{TERM}'));
}

export interface GeneratedPost {
  text: string;
  /** The watchlist term this post was written to mention, or null. */
  term: string | null;
}

export interface CorpusOptions {
  count: number;
  /** Terms the mentions are drawn from. */
  mentionTerms: readonly BackupTerm[];
  /** Terms no "no mention" post may match (the whole watchlist under test). */
  watchlist: readonly BackupTerm[];
  mentionRate?: number;
  shape?: PostShape;
  seed?: number;
}

/** Posts whose mention rate is exact: every `1/mentionRate`-th post (jittered) mentions one term. */
export function generatePosts(options: CorpusOptions): GeneratedPost[] {
  const { count, mentionTerms, watchlist, mentionRate = 0.05, shape = 'generic', seed = 11 } = options;
  const r = rng(seed);
  const matcher = compileWatchlist(toTerms(watchlist));
  const templates = labelledTemplates();
  const mentions = Math.round(count * mentionRate);
  const mentionAt = new Set<number>();
  const stride = count / mentions;
  for (let k = 0; k < mentions; k++) mentionAt.add(Math.min(count - 1, Math.floor(k * stride + r() * stride)));
  while (mentionAt.size < mentions) mentionAt.add(int(r, 0, count - 1));

  const posts: GeneratedPost[] = [];
  for (let i = 0; i < count; i++) {
    if (mentionAt.has(i)) {
      for (let attempt = 0; ; attempt++) {
        const term = pick(r, mentionTerms);
        const base = r() < 0.7 ? pick(r, templates).replace(/\{TERM\}/g, term.text) : `${fillerText(r, shape)} ${term.text} ${pick(r, TAILS)}`;
        const extra = shape === 'linkedin' ? `\n\n${fillerText(r, 'generic')}` : '';
        const text = (base + extra).slice(0, LENGTH[shape][1] + 200);
        if (matcher.match(text).length > 0 || attempt > 20) {
          posts.push({ text, term: term.text });
          break;
        }
      }
    } else {
      for (;;) {
        const text = fillerText(r, shape);
        if (matcher.match(text).length === 0) {
          posts.push({ text, term: null });
          break;
        }
      }
    }
  }
  return posts;
}
