/**
 * Unicode word boundaries for matching on NORMALISED text (see normalize.ts), so
 * "ace" is not found inside "space" and "acme" not inside "acmes", while
 * "Acme's", "#acme" and "(acme)" still count.
 */

/** Word characters: letters, digits, marks and underscore (handles use "_"). */
const WORD = /^[\p{L}\p{N}\p{M}_]/u;

/** Scripts written without spaces between words. A boundary is assumed next to
 *  any of their characters, so "東京" is found in "東京都" and "Acme" in "我爱Acme".
 *  Hangul is included because Korean particles attach to nouns ("삼성은"). */
const SPACELESS =
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) {
    // Fast path for ASCII: [0-9A-Za-z_].
    return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
  }
  return WORD.test(String.fromCodePoint(cp));
}

function isSpacelessCodePoint(cp: number): boolean {
  return cp >= 0x0e00 && SPACELESS.test(String.fromCodePoint(cp));
}

/** The code point that ends just before `pos` (a surrogate pair counts as one). */
function codePointBefore(text: string, pos: number): number {
  const low = text.charCodeAt(pos - 1);
  if (low >= 0xdc00 && low <= 0xdfff && pos >= 2) {
    const high = text.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(pos - 2)!;
  }
  return low;
}

/**
 * True when a match may start or end at `pos` in `text`: at either end of the
 * text, next to a non-word character, or next to a character of a spaceless script.
 */
export function isWordBoundary(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return true;
  const before = codePointBefore(text, pos);
  const after = text.codePointAt(pos)!;
  if (!isWordCodePoint(before) || !isWordCodePoint(after)) return true;
  return isSpacelessCodePoint(before) || isSpacelessCodePoint(after);
}

/** Whether the string holds at least one letter or digit (what makes a term matchable). */
export function hasLetterOrDigit(s: string): boolean {
  return LETTER_OR_DIGIT.test(s);
}
