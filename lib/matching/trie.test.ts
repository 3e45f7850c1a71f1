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
