import type { TermKind } from '../model/types';
import { MAX_TERM_LENGTH, termKey, termTextProblem } from './terms';

describe('termTextProblem', () => {
  it.each<[string, string, TermKind, string | null]>([
    ['a brand', 'Northwind Coffee', 'brand', null],
    ['a handle', '@NorthwindCoffee', 'handle', null],
    ['a hashtag', '#northwind', 'hashtag', null],
    ['punctuation inside', 'AT&T', 'brand', null],
    ['a number', '7-Eleven', 'brand', null],
    ['CJK', '东京', 'brand', null],
    ['Arabic', 'نورثويند', 'brand', null],
    ['bold math letters', '𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱', 'brand', null],
    ['empty', '', 'brand', 'A term can’t be empty.'],
    ['spaces only', '  \n ', 'brand', 'A term can’t be empty.'],
    ['punctuation only', '!!!', 'brand', 'A term needs at least one letter or digit.'],
    ['emoji only', '☕🔥', 'product', 'A term needs at least one letter or digit.'],
    ['zero-width only', '\u200B\u200B', 'brand', 'A term needs at least one letter or digit.'],
    ['a bare sigil', '@', 'handle', 'A term needs at least one letter or digit.'],
    ['a bare hashtag sigil', '#', 'hashtag', 'A term needs at least one letter or digit.'],
    ['too long', 'a'.repeat(MAX_TERM_LENGTH + 1), 'brand', 'A term can have at most 100 characters.'],
  ])('%s', (_name, text, kind, expected) => {
    expect(termTextProblem(text, kind)).toBe(expected);
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(termTextProblem('𝗡'.repeat(MAX_TERM_LENGTH), 'brand')).toBeNull();
    expect(termTextProblem(`  ${'a'.repeat(MAX_TERM_LENGTH)}  `, 'brand')).toBeNull();
  });
});

describe('termKey', () => {
  it.each<[string, TermKind, boolean, string]>([
    ['@NorthwindCoffee', 'handle', true, 'northwindcoffee'],
    ['NorthwindCoffee', 'handle', true, 'northwindcoffee'],
    ['#Northwind', 'hashtag', false, 'Northwind'],
    ['＃ｎｏｒｔｈｗｉｎｄ', 'hashtag', true, 'northwind'],
    ['#1 Coffee', 'brand', true, '#1 coffee'],
    ['  Northwind   Coffee ', 'brand', true, 'northwind coffee'],
    ['!!!', 'brand', true, ''],
  ])('%s (%s)', (text, kind, fold, expected) => {
    expect(termKey(text, kind, fold)).toBe(expected);
  });
});
