/**
 * How a watchlist term's text becomes the key the automaton looks for, and why
 * a text cannot be used (shown by the watchlist editor).
 */
import type { TermKind } from '../model/types';
import { hasLetterOrDigit } from './boundaries';
import { normalizeText } from './normalize';

/** Longest term text the editor accepts (longer ones are still matched if imported). */
export const MAX_TERM_LENGTH = 100;

/** The sigil a handle or hashtag term may carry; other kinds have none. */
export function sigilFor(kind: TermKind): '@' | '#' | null {
  if (kind === 'handle') return '@';
  if (kind === 'hashtag') return '#';
  return null;
}

/** Normalised phrase: separators as single spaces, no leading/trailing space. */
export function phraseKey(text: string, fold: boolean): string {
  return normalizeText(text, fold).text.trim();
}

/**
 * The key a term is matched by, or "" when it has nothing matchable. Handles and
 * hashtags drop their sigil ("@acme" → "acme"), since the sigil is optional in
 * the text and added back to the match when present.
 */
export function termKey(text: string, kind: TermKind, fold: boolean): string {
  let key = phraseKey(text, fold);
  if (sigilFor(kind)) key = key.replace(/^[@#]+/, '').trim();
  return hasLetterOrDigit(key) ? key : '';
}

/** Why a term's text cannot be matched, or null if fine: empty, only punctuation/symbols, too long. */
export function termTextProblem(text: string, kind: TermKind): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'A term can’t be empty.';
  // Counted in code points: a bold-math letter is one character to the user.
  if (Array.from(trimmed).length > MAX_TERM_LENGTH) return `A term can have at most ${MAX_TERM_LENGTH} characters.`;
  if (termKey(trimmed, kind, true) === '') return 'A term needs at least one letter or digit.';
  return null;
}
