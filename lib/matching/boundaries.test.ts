import { hasLetterOrDigit, isWordBoundary } from './boundaries';

/** "|" marks the position tested; it is removed from the text. */
function boundaryAt(marked: string): boolean {
  const pos = marked.indexOf('|');
  return isWordBoundary(marked.replace('|', ''), pos);
}

describe('isWordBoundary', () => {
  it.each([
    ['start of text', '|ace', true],
    ['end of text', 'ace|', true],
    ['inside a Latin word', 'sp|ace', false],
    ['before a digit', 'acme|2', false],
    ['before an underscore', 'acme|_x', false],
    ['before an apostrophe', "acme|'s", true],
    ['after a sigil', '#|acme', true],
    ['after a space', 'a |b', true],
    ['inside an accented word', 'caf|é', false],
    ['before a combining mark', 'e|\u0301', false],
    ['inside an Arabic word', 'نور|ثويند', false],
    ['inside a Hebrew word', 'של|ום', false],
    ['inside a Devanagari word', 'का|म', false],
    ['between Han characters', '东|京', true],
    ['between kana', 'コー|ヒー', true],
    ['between Hangul syllables', '삼성|은', true],
    ['between Thai letters', 'กา|แฟ', true],
    ['between Latin and Han', '爱|Acme', true],
    ['between a Han astral character and Latin', '𠀀|a', true],
    ['inside an astral letter word', '𐐷|𐐷', false],
    ['next to a lone high surrogate', 'a|\uD800', true],
    ['next to a lone low surrogate', '\uDC00|a', true],
  ])('%s', (_name, marked, expected) => {
    expect(boundaryAt(marked)).toBe(expected);
  });
});

describe('hasLetterOrDigit', () => {
  it.each([
    ['acme', true],
    ['#1', true],
    ['東京', true],
    ['!!!', false],
    ['☕', false],
    ['', false],
    ['_', false],
  ])('%s → %s', (input, expected) => {
    expect(hasLetterOrDigit(input)).toBe(expected);
  });
});
