import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { compileWatchlist } from './compile';
import { normalizeForScan, normalizeText } from './normalize';
import type { Term } from '../model/types';

/**
 * The content script's fast path skips every post mayMatch calls hopeless, so a false
 * negative would silently lose a mention: these tests hold mayMatch to match.
 */

const TERMS: Term[] = [
  { id: '1', text: 'Northwind Coffee', kind: 'brand', exclude: ['Northwind Coffee Table'] },
  { id: '2', text: '@NorthwindCoffee', kind: 'handle', exclude: [] },
  { id: '3', text: '#northwind', kind: 'hashtag', exclude: [] },
  { id: '4', text: 'Southbay Roasters', kind: 'competitor', exclude: [] },
  { id: '5', text: 'Café Olé', kind: 'product', exclude: [] },
  { id: '6', text: 'ACME', kind: 'brand', exclude: [], caseSensitive: true },
  { id: '7', text: 'Coca-Cola', kind: 'competitor', exclude: [] },
  { id: '8', text: 'ガス', kind: 'product', exclude: [] },
];
const matcher = compileWatchlist(TERMS);

const hostile = (JSON.parse(readFileSync('tests/fixtures/hostile-posts.json', 'utf8')) as { posts: { text: string }[] }).posts.map((p) => p.text);
const labelled = readFileSync('tests/fixtures/labelled-posts.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);

describe('normalizeForScan', () => {
  it('equals the full normalisation for any ASCII text (the native shortcut)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }), fc.boolean(), (text, fold) => {
        expect(normalizeForScan(text, fold)).toBe(normalizeText(text, fold).text);
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the full normalisation for text mixing ASCII with accents, marks, kana, emoji and surrogates', () => {
    const units = ['a', 'B', 'e', ' ', '-', '\t', '\n', "'", 'x', 'é', 'e\u0301', '\u0301', '\u0308', 'ß', 'ẞ', 'ς', 'Σ', 'ｶ', 'ﾞ', 'ﾟ', 'ガ', '😀', '👍🏽',
      '\u200b', '\u202e', '\u00a0', '\u3000', '—', '’', '“', '𝐍', 'Ｎ', '\ud800', '\udc00', 'ŉ', '¨', 'ﬁ', 'İ', '\u0345'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 30 }), fc.boolean(), (parts, fold) => {
        const text = parts.join('');
        expect(normalizeForScan(text, fold)).toBe(normalizeText(text, fold).text);
      }),
      { numRuns: 5000 },
    );
  });

  it('equals the full normalisation on real and hostile posts', () => {
    for (const text of [...labelled, ...hostile]) {
      for (const fold of [true, false]) expect(normalizeForScan(text, fold)).toBe(normalizeText(text, fold).text);
    }
  });
});

describe('mayMatch', () => {
  it('is true whenever match finds something, on real and hostile posts', () => {
    let matched = 0;
    for (const text of [...labelled, ...hostile]) {
      if (matcher.match(text).length === 0) continue;
      matched += 1;
      expect(matcher.mayMatch(text)).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('is true whenever match finds something, on generated text around the terms', () => {
    const pieces = ['Northwind', 'coffee', 'COFFEE', 'Table', '@northwindcoffee', '#NorthWind', 'southbay', 'roasters', 'cafe', 'Café', 'ole', 'OLÉ',
      'ACME', 'acme', 'coca', 'cola', 'ｶﾞｽ', 'ガス', ' ', '-', '\u200b', '😀', '\n', 'e\u0301', '.', "'", 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (matcher.match(text).length > 0) expect(matcher.mayMatch(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('says no to text that mentions nothing, and to empty text', () => {
    expect(matcher.mayMatch('Lovely weather for a walk')).toBe(false);
    expect(matcher.mayMatch('')).toBe(false);
    expect(compileWatchlist([]).mayMatch('Northwind Coffee')).toBe(false);
  });
});
