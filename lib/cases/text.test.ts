import { cleanLine, cleanMultiline, cutText } from './text';

describe('text guards', () => {
  it('removes bidi overrides, controls and lone surrogates, keeps newlines and emoji', () => {
    expect(cleanMultiline('a\u202Eb\u2066c\u0000d\r\ne\rf 😀 \uD800')).toBe('abcd\ne\nf 😀 \uFFFD');
    expect(cleanLine('  Jane\n\tDoe\u202E  ')).toBe('Jane Doe');
  });

  it('cuts without splitting a surrogate pair', () => {
    expect(cutText('hello', 5)).toBe('hello');
    expect(cutText('hello world', 6)).toBe('hello…');
    const cut = cutText('ab😀😀', 4);
    expect(cut).toBe('ab…');
    expect(cut.isWellFormed()).toBe(true);
    expect(cutText('abc', 0)).toBe('');
  });
});
