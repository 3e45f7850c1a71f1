/**
 * Compiles a watchlist once into Aho–Corasick automata (one for case-insensitive
 * terms over case-folded text, one for case-sensitive terms over unfolded text)
 * and matches a whole post in one pass per automaton.
 */
import type { Term, TermMatch } from '../model/types';
import { hasLetterOrDigit, isWordBoundary } from './boundaries';
import { normalizeText, scanNormalized } from './normalize';
import { type Candidate, pickNonOverlapping, SpanCover } from './resolve';
import { phraseKey, sigilFor, termKey } from './terms';
import { AhoCorasick } from './trie';

export interface Matcher {
  /** Non-overlapping matches sorted by start; offsets are UTF-16 offsets into `text`. */
  match(text: string): TermMatch[];
  /**
   * Quick test, no false negatives: false means match(text) is empty. It skips the offset maps,
   * word boundaries and exclusions (a "maybe" is settled by match), so the 95% of posts that
   * mention nothing cost one pass over their text.
   */
  mayMatch(text: string): boolean;
  /** Number of terms that can match (terms with no letter or digit are left out). */
  readonly termCount: number;
}

interface Entry {
  term: Term;
  order: number;
  sigil: '@' | '#' | null;
}

/** A pattern in an automaton: a term's key, or one of its exclusion phrases. */
interface Pattern {
  entry: Entry;
  exclusion: boolean;
}

/** All patterns of one case mode. */
class Side {
  readonly keys: string[] = [];
  readonly patterns: Pattern[] = [];
  constructor(readonly fold: boolean) {}

  add(key: string, pattern: Pattern): void {
    this.keys.push(key);
    this.patterns.push(pattern);
  }
}

type Found = Candidate & { entry: Entry };

/** What one automaton found: candidate matches and, in original offsets, the
 *  exclusion phrases that did exclude an occurrence of their own term. */
interface SideResult {
  found: Found[];
  zones: Array<{ start: number; end: number; competitor: boolean }>;
}

function searchSide(side: Side, automaton: AhoCorasick, text: string, result: SideResult): void {
  const norm = normalizeText(text, side.fold);
  const hits: Array<{ entry: Entry; start: number; end: number }> = [];
  const exclusions = new Map<Entry, SpanCover>();
  automaton.search(norm.text, (index, end) => {
    const start = end - automaton.lengths[index]!;
    if (!isWordBoundary(norm.text, start) || !isWordBoundary(norm.text, end)) return;
    const { entry, exclusion } = side.patterns[index]!;
    if (!exclusion) {
      hits.push({ entry, start, end });
      return;
    }
    let cover = exclusions.get(entry);
    if (!cover) exclusions.set(entry, (cover = new SpanCover()));
    cover.add(start, end);
  });
  for (const { entry, start, end } of hits) {
    const competitor = entry.term.kind === 'competitor';
    // An exclusion drops only the occurrences it covers, never the whole post.
    const zone = exclusions.get(entry)?.covering(start, end);
    if (zone) {
      result.zones.push({ start: norm.start[zone[0]]!, end: norm.end[zone[1] - 1]!, competitor });
      continue;
    }
    // "@NorthwindCoffee": the sigil belongs to the highlighted handle.
    const from = entry.sigil && start > 0 && norm.text[start - 1] === entry.sigil ? start - 1 : start;
    result.found.push({ entry, start: norm.start[from]!, end: norm.end[end - 1]!, order: entry.order, competitor });
  }
}

/**
 * The user said an excluded phrase is not about them, so other terms of the same
 * side (own vs competitor) inside it are dropped too: with the brand "Northwind
 * Coffee" excluding "Northwind Coffee Table", the hashtag "#northwind" (bare
 * word "Northwind") must not turn "my Northwind Coffee Table" into a mention.
 */
function dropInsideZones({ found, zones }: SideResult): Found[] {
  if (zones.length === 0) return found;
  const covers = { own: new SpanCover(), competitor: new SpanCover() };
  for (const z of zones) (z.competitor ? covers.competitor : covers.own).add(z.start, z.end);
  return found.filter((f) => !(f.competitor ? covers.competitor : covers.own).covering(f.start, f.end));
}

export function compileWatchlist(terms: readonly Term[]): Matcher {
  const sides = [new Side(true), new Side(false)] as const;
  let termCount = 0;
  terms.forEach((term, order) => {
    const side = term.caseSensitive === true ? sides[1] : sides[0];
    const key = termKey(term.text, term.kind, side.fold);
    if (key === '') return; // Nothing matchable ("!!!", "☕"): see termTextProblem.
    const entry: Entry = { term, order, sigil: sigilFor(term.kind) };
    termCount += 1;
    side.add(key, { entry, exclusion: false });
    for (const phrase of term.exclude ?? []) {
      const exclusionKey = phraseKey(phrase, side.fold);
      if (hasLetterOrDigit(exclusionKey)) side.add(exclusionKey, { entry, exclusion: true });
    }
  });
  const compiled = sides
    .filter((side) => side.keys.length > 0)
    .map((side) => ({ side, automaton: new AhoCorasick(side.keys), isTerm: (index: number) => !side.patterns[index]!.exclusion }));

  return {
    termCount,
    mayMatch(text: string): boolean {
      if (text.length === 0) return false;
      // Normalised on the fly: no copy of the text, no offset maps.
      return compiled.some(({ side, automaton, isTerm }) => scanNormalized(text, side.fold, automaton.scanner(isTerm)));
    },
    match(text: string): TermMatch[] {
      if (compiled.length === 0 || text.length === 0) return [];
      const result: SideResult = { found: [], zones: [] };
      for (const { side, automaton } of compiled) searchSide(side, automaton, text, result);
      return pickNonOverlapping(dropInsideZones(result)).map(({ entry, start, end }) => ({
        termId: entry.term.id,
        termText: entry.term.text,
        kind: entry.term.kind,
        start,
        end,
      }));
    },
  };
}
