/**
 * Rules for a watchlist term the user types, shared by the options page's
 * add/edit form and onboarding. Pure: no DOM, no Dexie. Messages are English
 * and kept here (lib/ must not import the page's strings module); they are
 * complete sentences meant to be shown as they are.
 */
import { MAX_TERM_LENGTH, normalizeForMatching, termTextProblem } from '../matching';
import type { Term, TermKind } from '../model/types';

/** What the form edits; `id` comes from the caller when the term is saved. */
export interface TermDraft {
  text: string;
  kind: TermKind;
  exclude: string[];
  caseSensitive?: boolean;
}

export const TERM_MESSAGES = {
  empty: 'Enter a word or phrase to listen for.',
  handleSpaces: 'A handle cannot contain spaces, e.g. “@NorthwindCoffee”.',
  hashtagSpaces: 'A hashtag cannot contain spaces, e.g. “#NorthwindCoffee”.',
  duplicate: (text: string, existing: string) => `“${text}” is already on your watchlist as “${existing}”.`,
  exclusionTooLong: (exclusion: string) => `The exclusion “${exclusion.slice(0, 30)}…” is too long.`,
  exclusionSameAsTerm: 'An exclusion must be longer than the term itself, or it would hide every match.',
  exclusionMissesTerm: (example: string) => `An exclusion should contain the term, e.g. “${example}”.`,
} as const;

const SIGIL: Partial<Record<TermKind, string>> = { handle: '@', hashtag: '#' };
// Half- and full-width forms of the sigils a user may type.
const LEADING_SIGILS: Partial<Record<TermKind, RegExp>> = { handle: /^[@＠]+/u, hashtag: /^[#＃]+/u };

/**
 * The text as it will be stored: trimmed, inner whitespace collapsed, and for
 * handles and hashtags exactly one sigil ("NorthwindCoffee" → "@NorthwindCoffee").
 * Returns "" when nothing but a sigil was typed.
 */
export function tidyTermText(text: string, kind: TermKind): string {
  const trimmed = text.trim().replace(/\s+/gu, ' ');
  const sigil = SIGIL[kind];
  const leading = LEADING_SIGILS[kind];
  if (!sigil || !leading) return trimmed;
  const core = trimmed.replace(leading, '').trim();
  return core ? sigil + core : '';
}

/** The term without its sigil: what an exclusion has to contain. */
function coreText(text: string, kind: TermKind): string {
  const leading = LEADING_SIGILS[kind];
  return leading ? text.replace(leading, '') : text;
}

/**
 * Splits the exclusions box. One per line when there are line breaks (so a
 * phrase may contain a comma: "Acme, Inc."), else comma-separated. Blank
 * entries and repeats (after normalisation) are dropped.
 */
export function parseExclusions(raw: string): string[] {
  const parts = raw.includes('\n') ? raw.split(/\r?\n/) : raw.split(',');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const tidy = part.trim().replace(/\s+/gu, ' ');
    const key = normalizeForMatching(tidy);
    if (!tidy || seen.has(key)) continue;
    seen.add(key);
    out.push(tidy);
  }
  return out;
}

/**
 * Key under which two terms count as the same: normalised like the matcher
 * does ("Café" == "cafe"), with the sigil kept so "#acme" and "acme" differ.
 */
function duplicateKey(text: string, kind: TermKind): string {
  return normalizeForMatching(tidyTermText(text, kind));
}

/**
 * Suggests an exclusion that contains the term: "Table" → "Northwind Coffee
 * Table", and "Coffee Table" overlaps the term's end → "Northwind Coffee Table".
 */
function suggestExclusion(term: string, exclusion: string): string {
  const termWords = term.split(' ');
  const exclusionWords = exclusion.split(' ');
  for (let k = Math.min(termWords.length, exclusionWords.length); k > 0; k--) {
    const tail = normalizeForMatching(termWords.slice(-k).join(' '));
    if (tail === normalizeForMatching(exclusionWords.slice(0, k).join(' '))) {
      return [...termWords, ...exclusionWords.slice(k)].join(' ');
    }
  }
  return `${term} ${exclusion}`;
}

function exclusionProblem(text: string, kind: TermKind, exclude: string[]): string | null {
  const core = coreText(text, kind);
  const coreKey = normalizeForMatching(core);
  for (const exclusion of exclude) {
    if (exclusion.length > MAX_TERM_LENGTH * 2) return TERM_MESSAGES.exclusionTooLong(exclusion);
    const key = normalizeForMatching(coreText(exclusion, kind));
    if (key === coreKey) return TERM_MESSAGES.exclusionSameAsTerm;
    // An exclusion drops only the occurrences it covers; one without the term never applies.
    if (!key.includes(coreKey)) return TERM_MESSAGES.exclusionMissesTerm(suggestExclusion(core, exclusion));
  }
  return null;
}

/**
 * The first problem with a draft, or null when it can be saved. `existing` is
 * the current watchlist; `editingId` is the term being edited (not a duplicate
 * of itself). Checks, in order: empty, spaces in a handle/hashtag, what the
 * matcher cannot use (too long, only punctuation), duplicate, exclusions.
 */
export function validateTerm(draft: TermDraft, existing: readonly Term[], editingId?: string): string | null {
  const text = tidyTermText(draft.text, draft.kind);
  if (!text) return TERM_MESSAGES.empty;
  if (draft.kind === 'handle' && text.includes(' ')) return TERM_MESSAGES.handleSpaces;
  if (draft.kind === 'hashtag' && text.includes(' ')) return TERM_MESSAGES.hashtagSpaces;

  // Length and "only punctuation" are the matcher's rules, so its messages are used.
  const problem = termTextProblem(text, draft.kind);
  if (problem) return problem;

  const key = duplicateKey(text, draft.kind);
  const twin = existing.find((term) => term.id !== editingId && duplicateKey(term.text, term.kind) === key);
  if (twin) return TERM_MESSAGES.duplicate(draft.text.trim(), twin.text);

  return exclusionProblem(text, draft.kind, draft.exclude);
}
