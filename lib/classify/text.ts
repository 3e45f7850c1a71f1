/**
 * Text preparation for classifyPost: make hostile input safe and bounded, and
 * derive the forms the rules read. Pure functions, no lexicon here.
 */

/** Posts longer than this are judged by their start: keeps time bounded on 100k-char input. */
export const MAX_CHARS = 5000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls (NUL included), DEL, zero-width and bidi overrides: never meaningful, sometimes hostile.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Capped, well-formed, NFKC text. NFKC also folds LinkedIn's "bold" letters
 * (𝗧𝗵𝗿𝗶𝗹𝗹𝗲𝗱, mathematical alphanumerics) and full-width forms back to ASCII.
 */
export function sanitise(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : String(raw ?? '');
  return text.slice(0, MAX_CHARS).replace(LONE_SURROGATE, '').replace(CONTROLS, ' ').normalize('NFKC');
}

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** Lower-case with straight quotes, no URLs: what sentence and quote rules read. */
export function lowerText(clean: string): string {
  return clean.replace(URL, ' ').replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"').toLowerCase();
}

/**
 * What cue patterns match against: no diacritics, no apostrophes ("don't" and
 * "dont" are one form), hashtags as words (#scam → scam), single spaces.
 */
export function matchText(lower: string): string {
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/'/g, '')
    .replace(/#(?=\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Quotes a cue for a reason; long sarcasm spans are cut so reasons stay one line. */
export const quote = (s: string): string => `'${s.trim().length > 32 ? `${s.trim().slice(0, 30)}…` : s.trim()}'`;
/** Sentences with their end punctuation, for per-sentence question rules. */
export function sentences(lower: string): string[] {
  return (lower.match(/[^.!?\n]+[.!?]*/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

export interface Shouting {
  allCaps: boolean;
  /** Shouted words of 4+ letters (acronyms like CEO, SQL, OMG are shorter). */
  words: number;
}

export function shouting(clean: string): Shouting {
  const letters = clean.match(/\p{L}/gu)?.length ?? 0;
  const upper = clean.match(/\p{Lu}/gu)?.length ?? 0;
  const words = clean.match(/(?<!\p{L})\p{Lu}{4,}(?!\p{L})/gu)?.length ?? 0;
  return { allCaps: letters >= 12 && upper / letters > 0.7, words };
}

export function exclamations(clean: string): number {
  return clean.match(/[!\uFF01]/g)?.length ?? 0;
}

// Function words that are frequent in English posts and rare elsewhere, and
// the reverse for the languages Earshot's users most often meet.
const ENGLISH = new Set(
  'the a an and or is are was were be been to of in on at for with my your our their this that it its i me you we they he she not no do does did have has had just so but if what how why when where who which can will would should from'.split(' '),
);
const FOREIGN = new Set(
  'el la los las que y por con una del muy para pero como es est les des une et je tous pas avec pour du au mais sur nous vous der die das und ist nicht ich wie nach dem den mit sehr auch ein eine auf het een niet ook voor naar não uma com os ao mais il di che per della sono'.split(' '),
);

/**
 * Why the text is not analysable English, or null. Rules and VADER are English
 * only; guessing on other languages would be worse than saying "other".
 */
export function notEnglish(lower: string): string | null {
  const letters = lower.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return null;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) return 'non-Latin script';
  let english = 0;
  let foreign = 0;
  for (const word of lower.replace(/'/g, '').split(/[^\p{L}]+/u)) {
    const base = word.normalize('NFKD').replace(/\p{M}/gu, '');
    if (ENGLISH.has(base)) english += 1;
    // Accented words (abrirá, später) count as foreign too; one "café" does not tip an English post.
    else if (FOREIGN.has(base) || base !== word) foreign += 1;
  }
  return foreign >= 2 && foreign > english ? 'not English' : null;
}

/** Words VADER knows, standing in for emoji it does not (its JS lexicon has none). */
const EMOJI_WORDS: readonly [RegExp, string][] = [
  [/[\u{1F621}\u{1F620}\u{1F92C}\u{1F624}]/gu, ' angry '],
  [/[\u{1F44E}\u{1F4A9}]/gu, ' bad '],
  [/[\u{1F644}\u{1F612}\u{1F643}\u{1F611}]/gu, ' annoyed '],
  [/[\u{1F61E}\u{1F622}\u{1F614}\u{1F61F}]/gu, ' sad '],
  [/[\u{1F922}\u{1F92E}]/gu, ' disgusting '],
  [/[\u2764\u2665\u{1F495}\u{1F496}\u{1F497}\u{1F499}\u{1F49A}\u{1F49B}\u{1F49C}\u{1F60D}\u{1F970}\u{1F618}]/gu, ' love '],
  [/[\u{1F525}\u{1F929}\u{1F4AF}\u{1F64C}]/gu, ' amazing '],
  [/[\u{1F44F}\u{1F44D}\u{1F60B}]/gu, ' good '],
  [/[\u{1F60A}\u{1F642}\u263A\u{1F600}\u{1F603}\u{1F604}\u{1F979}]/gu, ' happy '],
];

/**
 * VADER's input: lower-cased because vader-sentiment 1.1.3 misses negation
 * written in capitals ("NOT HAPPY" scores +0.68); shouting is scored by our
 * own urgency rule instead.
 */
export function vaderText(lower: string): string {
  let text = lower.replace(/#(?=\p{L})/gu, '');
  for (const [re, word] of EMOJI_WORDS) text = text.replace(re, word);
  return text;
}
