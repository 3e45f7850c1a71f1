import type { Term } from '../model/types';
import { parseExclusions, tidyTermText, validateTerm, TERM_MESSAGES, type TermDraft } from './validate-term';

const existing: Term[] = [
  { id: 'a', text: 'Café', kind: 'brand', exclude: [] },
  { id: 'b', text: '@NorthwindCoffee', kind: 'handle', exclude: [] },
  { id: 'c', text: '#northwind', kind: 'hashtag', exclude: [] },
];

const draft = (text: string, more: Partial<TermDraft> = {}): TermDraft => ({ text, kind: 'brand', exclude: [], ...more });

describe('validateTerm', () => {
  it.each([
    ['', TERM_MESSAGES.empty],
    ['   ', TERM_MESSAGES.empty],
  ])('rejects an empty text %j', (text, message) => {
    expect(validateTerm(draft(text), existing)).toBe(message);
  });

  it('rejects a handle or hashtag that is only a sigil as empty', () => {
    expect(validateTerm(draft('@', { kind: 'handle' }), existing)).toBe(TERM_MESSAGES.empty);
    expect(validateTerm(draft(' ＃ ', { kind: 'hashtag' }), existing)).toBe(TERM_MESSAGES.empty);
  });

  it('rejects text with no letter or digit, with the matcher’s message', () => {
    expect(validateTerm(draft('!!!'), existing)).toMatch(/letter or digit/);
    expect(validateTerm(draft('☕'), existing)).toMatch(/letter or digit/);
  });

  it('rejects a text that is too long', () => {
    expect(validateTerm(draft('a'.repeat(101)), existing)).toMatch(/at most 100/);
    expect(validateTerm(draft('a'.repeat(100)), existing)).toBeNull();
  });

  it('finds duplicates after normalisation (case, accents, width, sigil)', () => {
    expect(validateTerm(draft('cafe'), existing)).toBe('“cafe” is already on your watchlist as “Café”.');
    expect(validateTerm(draft('ＣＡＦＥ'), existing)).toBe('“ＣＡＦＥ” is already on your watchlist as “Café”.');
    expect(validateTerm(draft('northwindcoffee', { kind: 'handle' }), existing)).toMatch(/as “@NorthwindCoffee”/);
    expect(validateTerm(draft('cafe', { kind: 'competitor' }), existing)).toMatch(/already on your watchlist/);
  });

  it('keeps sigils apart: a hashtag is not a duplicate of a brand', () => {
    expect(validateTerm(draft('Northwind'), existing)).toBeNull();
    expect(validateTerm(draft('#NorthwindCoffee', { kind: 'hashtag' }), existing)).toBeNull();
  });

  it('does not report the term being edited as its own duplicate', () => {
    expect(validateTerm(draft('CAFÉ'), existing, 'a')).toBeNull();
  });

  it('rejects spaces in handles and hashtags', () => {
    expect(validateTerm(draft('@Northwind Coffee', { kind: 'handle' }), existing)).toBe(TERM_MESSAGES.handleSpaces);
    expect(validateTerm(draft('#north wind', { kind: 'hashtag' }), existing)).toBe(TERM_MESSAGES.hashtagSpaces);
  });

  it('asks for exclusions that contain the term, suggesting one', () => {
    const check = (exclude: string[]) => validateTerm(draft('Northwind Coffee', { exclude }), existing);
    expect(check(['Northwind Coffee Table'])).toBeNull();
    expect(check(['the northwind coffee table'])).toBeNull();
    expect(check(['Table'])).toBe('An exclusion should contain the term, e.g. “Northwind Coffee Table”.');
    expect(check(['Coffee Table'])).toBe('An exclusion should contain the term, e.g. “Northwind Coffee Table”.');
    expect(check(['northwind coffee'])).toBe(TERM_MESSAGES.exclusionSameAsTerm);
  });

  it('accepts handle exclusions with or without the sigil', () => {
    const handle = draft('@acme', { kind: 'handle', exclude: ['acme anvils', '@acme_support'] });
    expect(validateTerm(handle, [])).toBeNull();
  });
});

describe('tidyTermText', () => {
  it('normalises the sigil of handles and hashtags and trims whitespace', () => {
    expect(tidyTermText('  NorthwindCoffee ', 'handle')).toBe('@NorthwindCoffee');
    expect(tidyTermText('@@NorthwindCoffee', 'handle')).toBe('@NorthwindCoffee');
    expect(tidyTermText('＃northwind', 'hashtag')).toBe('#northwind');
    expect(tidyTermText(' Northwind   Coffee ', 'brand')).toBe('Northwind Coffee');
  });
});

describe('parseExclusions', () => {
  it('splits on commas, or on lines when there are several lines', () => {
    expect(parseExclusions('acme anvils, acme rockets ,')).toEqual(['acme anvils', 'acme rockets']);
    expect(parseExclusions('Acme, Inc.\nacme anvils\n\n')).toEqual(['Acme, Inc.', 'acme anvils']);
  });

  it('drops repeats after normalisation', () => {
    expect(parseExclusions('Acme Anvils, acme anvils')).toEqual(['Acme Anvils']);
  });
});
