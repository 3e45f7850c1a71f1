/**
 * Matching-oriented normalisation of untrusted page text, with a map from every
 * UTF-16 unit of the normalised string back to the ORIGINAL string, so a match
 * found in normalised text can be highlighted on exactly the characters the
 * user sees. Pure string work: no DOM, no browser APIs.
 *
 * The text is processed one "cluster" at a time (a code point plus the
 * combining marks after it) so that "e\u0301" and "é" come out the same and a
 * decomposed accent is highlighted together with its letter.
 */

/** Dropped entirely: zero-width and bidi controls, soft hyphen, Arabic tatweel.
 *  Facebook injects these inside words as anti-scrape decoys; they carry no content. */
const IGNORABLE = /^[\u00AD\u061C\u0640\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** Treated like a space: whitespace, dashes (so "Coca-Cola" == "Coca Cola"), emoji,
 *  skin tones, flags, emoji tags and keycaps. People put emoji between words. */
// The class lists emoji modifiers, tags and the keycap mark one by one on purpose.
const SEPARATOR =
  // eslint-disable-next-line no-misleading-character-class -- see above
  /^[\s\p{Z}\p{Pd}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u{E0020}-\u{E007F}\u20E3]/u;

/** Combining marks that are accents/vowel points rather than letters: Latin/Greek/
 *  Cyrillic diacritics, Hebrew niqqud, Arabic harakat, variation selectors. Marks
 *  that are real letters (Devanagari vowel signs, Thai vowels, kana dakuten) stay. */
// The class lists combining marks one by one on purpose: each is dropped on its own.
const DROPPED_MARKS =
  // eslint-disable-next-line no-misleading-character-class -- see above
  /[\u0300-\u036F\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE00-\uFE0F\uFE20-\uFE2F\u{E0100}-\u{E01EF}]/gu;

const MARK = /^\p{M}/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201B\u02BC\u2032]/g; // "McDonald’s" == "McDonald's"
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const WHITESPACE = /\s+/gu;

/** Normalises one cluster. Returns "" (ignore), " " (separator) or the normalised text. */
function normalizeCluster(cluster: string, fold: boolean): string {
  if (IGNORABLE.test(cluster)) return '';
  if (SEPARATOR.test(cluster)) return ' ';
  // NFKD: full-width and "bold math" letters become plain ones, accents split off.
  let s = cluster.normalize('NFKD');
  // Full case folding where toLowerCase alone falls short: ß/ẞ → ss, final sigma.
  if (fold) s = s.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
  s = s.replace(DROPPED_MARKS, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  // NFC re-joins what must stay together (Hangul syllables, kana with dakuten).
  // NFKD may yield spaces ("¨" → " ̈"); those are separators like any other.
  return s.normalize('NFC').replace(WHITESPACE, ' ');
}

/** Precomputed ASCII results (the common case), so the hot loop skips regexes. */
const ASCII: Record<'fold' | 'exact', string[]> = { fold: [], exact: [] };
for (let c = 0; c < 0x80; c++) {
  ASCII.fold.push(normalizeCluster(String.fromCharCode(c), true));
  ASCII.exact.push(normalizeCluster(String.fromCharCode(c), false));
}

/** Non-ASCII results are memoised; capped so hostile text cannot grow it forever. */
const CACHE_LIMIT = 20_000;
const caches = { fold: new Map<string, string>(), exact: new Map<string, string>() };

function cachedCluster(cluster: string, fold: boolean): string {
  const cache = fold ? caches.fold : caches.exact;
  let value = cache.get(cluster);
  if (value === undefined) {
    value = normalizeCluster(cluster, fold);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cluster, value);
  }
  return value;
}

/** Normalised text plus, per UTF-16 unit of it, the original span it came from. */
export interface NormalizedText {
  text: string;
  /** start[i]: offset in the original of the cluster that produced text[i]. */
  start: number[];
  /** end[i]: end offset (exclusive) in the original of that cluster. */
  end: number[];
}

/**
 * Normalises `input` for matching. Separator runs become one space; ignorable
 * characters vanish. `fold` = case-insensitive. Lone surrogates pass through.
 */
export function normalizeText(input: string, fold: boolean): NormalizedText;
/** `offsets: false`: the text only, with empty maps (a quick "could anything match?" pass). */
export function normalizeText(input: string, fold: boolean, offsets: boolean): NormalizedText;
export function normalizeText(input: string, fold: boolean, offsets = true): NormalizedText {
  const ascii = fold ? ASCII.fold : ASCII.exact;
  const start: number[] = [];
  const end: number[] = [];
  // Char codes, not string concatenation: peeking at the last unit of a rope
  // string would flatten it every time.
  const units: number[] = [];
  let lastWasSpace = false;
  const n = input.length;
  let i = 0;
  while (i < n) {
    const from = i;
    const code = input.charCodeAt(i);
    const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    let out: string;
    if (code < 0x80 && next < 0x300) {
      // ASCII not followed by a possible combining mark (none lies below U+0300).
      out = ascii[code]!;
      i += 1;
    } else {
      i += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      while (i < n) {
        const cp = input.codePointAt(i)!;
        if (cp < 0x300 || !MARK.test(String.fromCodePoint(cp))) break;
        i += cp > 0xffff ? 2 : 1;
      }
      out = cachedCluster(input.slice(from, i), fold);
      // Half-width "ｶﾞ" is two clusters whose NFKD is "カ" + combining U+3099:
      // join them so they equal "ガ"; the joined unit covers both originals.
      const last = units.length > 0 ? units[units.length - 1]! : 0xd800;
      if (out.charCodeAt(0) >= 0x300 && !lastWasSpace && last < 0xd800 && MARK.test(out)) {
        const joined = (String.fromCharCode(last) + out).normalize('NFC');
        if (joined.length === 1) {
          units[units.length - 1] = joined.charCodeAt(0);
          if (offsets) end[end.length - 1] = i;
          continue;
        }
      }
    }
    for (let k = 0; k < out.length; k++) {
      const unit = out.charCodeAt(k);
      if (unit === 32) {
        // Collapse separator runs; the one space covers the whole run.
        if (lastWasSpace) {
          if (offsets) end[end.length - 1] = i;
          continue;
        }
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      units.push(unit);
      if (offsets) {
        start.push(from);
        end.push(i);
      }
    }
  }
  let text = '';
  for (let k = 0; k < units.length; k += 8192) text += String.fromCharCode(...units.slice(k, k + 8192));
  return { text, start, end };
}

/**
 * The normalised form used for matching (case-folded, accents/width/zero-width
 * removed, whitespace/dashes/emoji runs as one space, trimmed). Sigils are kept.
 * Also used by the watchlist editor to detect duplicates ("Café" == "cafe").
 */
export function normalizeForMatching(s: string): string {
  return normalizeText(s, true).text.trim();
}

/** Receives the normalised text one UTF-16 unit at a time; returning true stops the scan. */
export interface UnitSink {
  unit(u: number): boolean;
}

/** Each ASCII character's normalised unit (case folded or not; whitespace and hyphen → space). */
const ASCII_UNITS = {
  fold: Uint16Array.from(ASCII.fold, (s) => s.charCodeAt(0)),
  exact: Uint16Array.from(ASCII.exact, (s) => s.charCodeAt(0)),
};

const startsWithMark = (input: string, at: number): boolean => MARK.test(String.fromCodePoint(input.codePointAt(at)!));

/**
 * Feeds normalizeText(input, fold).text to `sink` without building it or its offset maps: the
 * quick "could anything match?" pass over every post of a feed. ASCII — most of any post — is
 * mapped unit by unit from a table; only non-ASCII stretches (emoji, accents, other scripts)
 * go through the per-cluster path, with the ASCII letter a combining mark after it belongs to.
 * Separator runs collapse to one space across the seams, as in the full pass. Returns true
 * when the sink stopped the scan.
 */
export function scanNormalized(input: string, fold: boolean, sink: UnitSink): boolean {
  const map = fold ? ASCII_UNITS.fold : ASCII_UNITS.exact;
  const n = input.length;
  let lastSpace = false;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
      if (next < 0x300 || !startsWithMark(input, i + 1)) {
        i += 1;
        const u = map[c]!;
        if (u === 32) {
          if (lastSpace) continue;
          lastSpace = true;
        } else {
          lastSpace = false;
        }
        if (sink.unit(u)) return true;
        continue;
      }
    }
    // A non-ASCII stretch, from here (maybe the letter a mark belongs to) to the next ASCII unit.
    let j = i + 1;
    while (j < n && input.charCodeAt(j) >= 0x80) j += 1;
    const piece = normalizeText(input.slice(i, j), fold, false).text;
    for (let k = 0; k < piece.length; k++) {
      const u = piece.charCodeAt(k);
      if (u === 32) {
        if (lastSpace) continue;
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      if (sink.unit(u)) return true;
    }
    i = j;
  }
  return false;
}

/** The text scanNormalized feeds, as a string (tests hold it to normalizeText(…).text). */
export function normalizeForScan(input: string, fold: boolean): string {
  const units: number[] = [];
  scanNormalized(input, fold, { unit: (u) => (units.push(u), false) });
  let text = '';
  for (let k = 0; k < units.length; k += 8192) text += String.fromCharCode(...units.slice(k, k + 8192));
  return text;
}
