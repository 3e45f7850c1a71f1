/**
 * Small text guards shared by the cases code: page text is hostile (lone
 * surrogates, bidi overrides, control characters, 100,000-character posts)
 * and ends up in e-mails, URLs and CSV files.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Bidi embeddings/overrides/isolates and zero-width marks: they can make an
// e-mail display text in a different order than it was written ("Trojan Source").
const BIDI_AND_INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// C0 controls except tab and line feed, plus DEL and C1 controls.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Well-formed (lone surrogates would make encodeURIComponent throw), no bidi or control characters; keeps \n. */
export function cleanMultiline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(CONTROLS, '');
}

/** cleanMultiline on one line: every run of whitespace (newlines included) becomes one space. */
export function cleanLine(text: string): string {
  return cleanMultiline(text).replace(/\s+/g, ' ').trim();
}

/**
 * At most `max` UTF-16 units, ending in "…" when cut, never splitting a
 * surrogate pair (half an emoji would be a lone surrogate).
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
