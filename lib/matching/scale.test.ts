import type { Term, TermKind } from '../model/types';
import { compileWatchlist } from './index';

/** Deterministic pseudo-random numbers, so failures reproduce. */
function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

const KINDS: TermKind[] = ['brand', 'product', 'person', 'competitor', 'handle', 'hashtag'];

/** Term i: one or two made-up words that cannot occur in the filler text. */
function makeTerms(count: number): Term[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const word = `zq${i.toString(36)}x`;
    const text = kind === 'handle' ? `@${word}` : kind === 'hashtag' ? `#${word}` : i % 2 ? `${word} brew` : word;
    return { id: `t${i}`, text, kind, exclude: i % 10 === 0 ? [`${word} decoy`] : [] };
  });
}

/** How term i appears in a post, in a random disguise. */
function disguise(t: Term, r: (n: number) => number): string {
  const plain = t.text;
  switch (r(4)) {
    case 0:
      return plain.toUpperCase();
    case 1:
      return plain.replace(' ', ' ☕ ');
    case 2:
      return plain.replace('x', '\u200Bx');
    default:
      return plain;
  }
}

/** ~`length` chars of filler with terms placed at random; returns the expected ids too. */
function makePost(terms: Term[], length: number, seed: number): { text: string; expected: string[] } {
  const r = rng(seed);
  const filler = ['the', 'coffee', 'was', 'great', 'naïve', '東京', 'نور', '😀', 'and', 'zq', 'brew', '\n'];
  const parts: string[] = [];
  const expected: string[] = [];
  let size = 0;
  while (size < length) {
    let part: string;
    if (r(20) === 0) {
      const t = terms[r(terms.length)]!;
      part = disguise(t, r);
      // Every tenth term has an exclusion: sometimes use it, then it must not count.
      if (t.exclude.length > 0 && r(2) === 0) part = `${part} decoy`;
      else expected.push(t.id);
    } else {
      part = filler[r(filler.length)]!;
    }
    parts.push(part);
    size += part.length + 1;
  }
  return { text: parts.join(' '), expected };
}

describe('compileWatchlist at scale', () => {
  it('matches 2,000 terms over a 100,000-character post correctly', () => {
    const terms = makeTerms(2000);
    const matcher = compileWatchlist(terms);
    expect(matcher.termCount).toBe(2000);
    const { text, expected } = makePost(terms, 100_000, 7);
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const started = performance.now();
    const matches = matcher.match(text);
    const elapsed = performance.now() - started;
    expect(matches.map((m) => m.termId)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(500);
    // Generous: a regex-per-term approach takes seconds here; this takes tens of ms.
    expect(elapsed).toBeLessThan(5000);
  });

  it('matches a 500-term watchlist over many posts', () => {
    const terms = makeTerms(500);
    const matcher = compileWatchlist(terms);
    for (let seed = 1; seed <= 50; seed++) {
      const { text, expected } = makePost(terms, 600, seed);
      expect(matcher.match(text).map((m) => m.termId)).toEqual(expected);
    }
  });

  it('compiles a 2,000-term watchlist with long terms quickly enough to do on every change', () => {
    const terms = makeTerms(2000).map((t, i) => ({ ...t, text: `${t.text} ${'long phrase '.repeat(i % 8)}`.trim() }));
    expect(compileWatchlist(terms).termCount).toBe(2000);
  });

  it('handles a 100,000-character post of one repeated word', () => {
    const matcher = compileWatchlist([{ id: 'a', text: 'a', kind: 'brand', exclude: [] }]);
    expect(matcher.match('a '.repeat(50_000))).toHaveLength(50_000);
    expect(matcher.match('a'.repeat(100_000))).toHaveLength(0);
  });
});
