import { AhoCorasick } from './trie';

function all(patterns: string[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  new AhoCorasick(patterns).search(text, (p, end) => out.push([p, end]));
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** The obvious quadratic search the automaton must agree with. */
function naive(patterns: string[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  patterns.forEach((p, index) => {
    if (!p) return;
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) out.push([index, at + p.length]);
  });
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns', () => {
    expect(all(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [0, 4],
      [1, 4],
      [3, 6],
    ]);
  });

  it('reports duplicate patterns separately', () => {
    expect(all(['ab', 'ab'], 'xab')).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });

  it('ignores empty patterns and handles an empty text', () => {
    expect(all(['', 'a'], 'aa')).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(all(['a'], '')).toEqual([]);
    expect(all([], 'abc')).toEqual([]);
  });

  it('works on surrogate pairs as code units', () => {
    expect(all(['𝗡o', '\uDC00'], '𝗡o \uD800\uDC00')).toEqual(naive(['𝗡o', '\uDC00'], '𝗡o \uD800\uDC00'));
  });

  it('agrees with a naive search on random inputs', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (max: number): string =>
      Array.from({ length: 1 + rand(max) }, () => 'ab c'[rand(4)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + rand(8) }, () => word(4));
      const text = word(60);
      expect(all(patterns, text)).toEqual(naive(patterns, text));
    }
  });
});

describe('AhoCorasick beyond its dense rows', () => {
  it('agrees with the naive search when the trie is far larger than the dense part, ASCII or not', () => {
    // A seeded generator over a small alphabet: many shared prefixes, deep failure chains.
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = ['a', 'b', 'c', 'é', 'ß', ' ', '😀'];
    const word = (min: number, max: number): string =>
      Array.from({ length: min + rand(max - min + 1) }, () => alphabet[rand(alphabet.length)]).join('');
    const patterns = Array.from({ length: 1500 }, () => word(2, 9));
    const automaton = new AhoCorasick(patterns);
    for (let t = 0; t < 40; t++) {
      const text = word(50, 300);
      const out: Array<[number, number]> = [];
      automaton.search(text, (p, end) => out.push([p, end]));
      expect(out.sort((a, b) => a[1] - b[1] || a[0] - b[0])).toEqual(naive(patterns, text));
      expect(automaton.some(text, () => true)).toBe(out.length > 0);
    }
  });
});
