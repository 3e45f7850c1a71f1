import type { Term, TermKind } from '../model/types';
import { compileWatchlist, normalizeForMatching } from './index';

function term(id: string, text: string, kind: TermKind = 'brand', exclude: string[] = []): Term {
  return { id, text, kind, exclude };
}

/** [termId, original characters] of every match, in order. */
function found(terms: Term[], text: string): Array<[string, string]> {
  return compileWatchlist(terms).match(text).map((m) => [m.termId, text.slice(m.start, m.end)]);
}

/** The watchlist of the backup example in product.md §8. */
const SPEC: Term[] = [
  term('brand', 'Northwind Coffee', 'brand', ['Northwind Coffee Table']),
  term('handle', '@NorthwindCoffee', 'handle'),
  term('tag', '#northwind', 'hashtag'),
  term('rival', 'Southbay Roasters', 'competitor'),
];

describe('compileWatchlist: the product.md watchlist', () => {
  it.each<[string, Array<[string, string]>]>([
    ['I love Northwind Coffee but my Northwind Coffee Table broke', [['brand', 'Northwind Coffee']]],
    ['my Northwind Coffee Table broke', []],
    ['my NORTHWIND-COFFEE-TABLE broke', []],
    ['@NorthwindCoffee where is my order? #Northwind', [['handle', '@NorthwindCoffee'], ['tag', '#Northwind']]],
    ['Southbay Roasters > Northwind', [['rival', 'Southbay Roasters'], ['tag', 'Northwind']]],
    ['𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱 ☕ 𝗖𝗼𝗳𝗳𝗲𝗲 is back', [['brand', '𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱 ☕ 𝗖𝗼𝗳𝗳𝗲𝗲']]],
    ['North\u200Bwind Coffee, North\u200Cwind', [['brand', 'North\u200Bwind Coffee'], ['tag', 'North\u200Cwind']]],
  ])('%s', (text, expected) => {
    expect(found(SPEC, text)).toEqual(expected);
  });

  it('returns the term as written, its kind and exact UTF-16 offsets', () => {
    const text = '☕ 𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱 Coffee';
    expect(compileWatchlist(SPEC).match(text)).toEqual([
      { termId: 'brand', termText: 'Northwind Coffee', kind: 'brand', start: 2, end: 27 },
    ]);
    expect(text.slice(2, 27)).toBe('𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱 Coffee');
  });

  it('counts the usable terms', () => {
    expect(compileWatchlist(SPEC).termCount).toBe(4);
  });
});

describe('compileWatchlist: exclusions', () => {
  it('drops only the occurrences an exclusion covers', () => {
    const t = [term('a', 'acme', 'brand', ['acme anvils'])];
    expect(found(t, 'acme anvils, acme rockets, ACME ANVILS, acme')).toEqual([
      ['a', 'acme'],
      ['a', 'acme'],
    ]);
  });

  it('normalises exclusions like terms', () => {
    const t = [term('a', 'acme', 'brand', ['  Acmé   Anvils '])];
    expect(found(t, 'ＡＣＭＥ ☕ anvils')).toEqual([]);
  });

  it('needs word boundaries for the exclusion too (decision: "Tables" is not "Table")', () => {
    const t = [term('b', 'Northwind Coffee', 'brand', ['Northwind Coffee Table'])];
    expect(found(t, 'Northwind Coffee Tables')).toEqual([['b', 'Northwind Coffee']]);
  });

  it('covers occurrences in the middle of the phrase', () => {
    const t = [term('c', 'coffee', 'product', ['Northwind Coffee Table'])];
    expect(found(t, 'Northwind Coffee Table and coffee')).toEqual([['c', 'coffee']]);
  });

  it('ignores an exclusion that does not contain the term', () => {
    const t = [term('a', 'acme', 'brand', ['road runner'])];
    expect(found(t, 'acme road runner')).toEqual([['a', 'acme']]);
  });

  it('ignores empty and punctuation-only exclusions', () => {
    const t = [term('a', 'acme', 'brand', ['', '!!!', '☕'])];
    expect(found(t, 'acme!!! acme☕')).toEqual([
      ['a', 'acme'],
      ['a', 'acme'],
    ]);
  });

  it("also hides the user's other terms inside an excluded phrase", () => {
    const t = [term('b', 'Northwind Coffee', 'brand', ['Northwind Coffee Table']), term('p', 'Table', 'product')];
    expect(found(t, 'Northwind Coffee Table, a Table')).toEqual([['p', 'Table']]);
  });

  it("never hides a competitor because of the user's own exclusion, and vice versa", () => {
    const t = [
      term('b', 'Northwind', 'brand', ['Northwind Southbay']),
      term('r', 'Southbay', 'competitor', ['Southbay Northwind']),
    ];
    expect(found(t, 'Northwind Southbay')).toEqual([['r', 'Southbay']]);
    expect(found(t, 'Southbay Northwind')).toEqual([['b', 'Northwind']]);
  });

  it('survives a hostile post repeating the phrase', () => {
    const t = [term('a', 'acme', 'brand', ['acme anvils'])];
    const text = 'acme anvils '.repeat(5000) + 'acme';
    const matches = compileWatchlist(t).match(text);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.start).toBe(text.length - 4);
  });
});

describe('compileWatchlist: overlapping terms', () => {
  it('prefers the longest at the same start', () => {
    const t = [term('n', 'Northwind'), term('nc', 'Northwind Coffee')];
    expect(found(t, 'Northwind Coffee and Northwind')).toEqual([
      ['nc', 'Northwind Coffee'],
      ['n', 'Northwind'],
    ]);
  });

  it('keeps the earlier of two partial overlaps', () => {
    const t = [term('ct', 'Coffee Table', 'product'), term('nc', 'Northwind Coffee')];
    expect(found(t, 'Northwind Coffee Table')).toEqual([['nc', 'Northwind Coffee']]);
  });

  it('prefers a non-competitor on the same span', () => {
    const t = [term('r', 'Acme', 'competitor'), term('b', 'ACME', 'brand')];
    expect(found(t, 'acme')).toEqual([['b', 'acme']]);
  });

  it('prefers the earlier term when equal', () => {
    const t = [term('x', 'Café', 'product'), term('y', 'cafe', 'brand')];
    expect(found(t, 'CAFE')).toEqual([['x', 'CAFE']]);
  });

  it('lets a handle with its sigil win over a brand inside it', () => {
    const t = [term('b', 'Northwind'), term('h', '@Northwind', 'handle')];
    expect(found(t, '@Northwind and Northwind')).toEqual([
      ['h', '@Northwind'],
      ['b', 'Northwind'],
    ]);
  });

  it('returns sorted, non-overlapping matches', () => {
    const terms = ['a b', 'b c', 'c', 'a', 'b'].map((text, i) => term(`t${i}`, text));
    const matches = compileWatchlist(terms).match('a b c a b c b');
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    expect(matches.map((m) => m.termId)).toEqual(['t0', 't2', 't0', 't2', 't4']);
  });
});

describe('compileWatchlist: edge cases', () => {
  it('matches nothing with an empty watchlist', () => {
    const m = compileWatchlist([]);
    expect(m.termCount).toBe(0);
    expect(m.match('Northwind')).toEqual([]);
  });

  it('matches nothing in an empty text', () => {
    expect(compileWatchlist(SPEC).match('')).toEqual([]);
  });

  it('leaves out terms with no letter or digit', () => {
    const m = compileWatchlist([term('e', '☕'), term('p', '!!!'), term('z', '\u200B'), term('s', '@', 'handle'), term('ok', 'ok')]);
    expect(m.termCount).toBe(1);
    expect(m.match('☕ !!! @ ok').map((x) => x.termId)).toEqual(['ok']);
  });

  it('tolerates a missing exclude list from old data', () => {
    const legacy = { id: 'l', text: 'acme', kind: 'brand' } as unknown as Term;
    expect(found([legacy], 'acme')).toEqual([['l', 'acme']]);
  });

  it('never crashes on hostile text', () => {
    const m = compileWatchlist(SPEC);
    const hostile = ['\uD800\uD800\uDC00\uDC00', '\0'.repeat(50), '\u0301'.repeat(100), '\u202E'.repeat(20) + 'Northwind Coffee', 'ﷺ'.repeat(20)];
    for (const text of hostile) expect(() => m.match(text)).not.toThrow();
    expect(m.match(hostile[3]!)).toHaveLength(1);
  });

  it('highlights text that normalises back to the term', () => {
    const variants = ['Northwind Coffee', '𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱 𝗖𝗼𝗳𝗳𝗲𝗲', 'ｎｏｒｔｈｗｉｎｄ\nｃｏｆｆｅｅ', 'NÖRTHWIND ☕ COFFEE', 'North\u200Bwind\u00A0Coffee'];
    const m = compileWatchlist(SPEC);
    for (const v of variants) {
      const text = `«${v}» — ${v}!`;
      const matches = m.match(text);
      expect(matches).toHaveLength(2);
      for (const x of matches) expect(normalizeForMatching(text.slice(x.start, x.end))).toBe('northwind coffee');
    }
  });
});
