import type { Term, TermKind } from '../model/types';
import { compileWatchlist } from './compile';

let nextId = 0;
function term(text: string, kind: TermKind = 'brand', extra: Partial<Term> = {}): Term {
  nextId += 1;
  return { id: `t${nextId}`, text, kind, exclude: [], ...extra };
}

/** The original characters of every match, in order. */
function found(terms: Term[], text: string): string[] {
  return compileWatchlist(terms).match(text).map((m) => text.slice(m.start, m.end));
}

type Row = [name: string, termText: string, kind: TermKind, text: string, expected: string[]];

describe('compileWatchlist: one term', () => {
  it.each<Row>([
    // Word boundaries
    ['"ace" not inside "space"', 'ace', 'brand', 'space', []],
    ['"ace" as a word next to "space"', 'ace', 'brand', 'space ace', ['ace']],
    ['plural is another word', 'acme', 'brand', 'two acmes', []],
    ['possessive counts', 'acme', 'brand', "Acme's anvil", ['Acme']],
    ['curly possessive counts', 'acme', 'brand', 'Acme’s anvil', ['Acme']],
    ['digits extend a word', 'acme', 'brand', 'acme2 2acme', []],
    ['underscore extends a word', 'acme', 'brand', 'acme_co', []],
    ['punctuation around', 'acme', 'brand', '(acme), "acme".', ['acme', 'acme']],
    ['accented letter extends a word', 'caf', 'brand', 'café', []],
    // Case, accents, width
    ['case-insensitive', 'Northwind', 'brand', 'NORTHWIND northwind', ['NORTHWIND', 'northwind']],
    ['accented term, plain text', 'Café', 'brand', 'the cafe', ['cafe']],
    ['plain term, accented text', 'cafe', 'brand', 'the CAFÉ', ['CAFÉ']],
    ['decomposed accent is highlighted with its letter', 'cafe', 'brand', 'Cafe\u0301!', ['Cafe\u0301']],
    ['full width', 'Northwind', 'brand', 'ｎｏｒｔｈｗｉｎｄ rocks', ['ｎｏｒｔｈｗｉｎｄ']],
    ['bold math letters', 'Northwind', 'brand', 'Love 𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱!', ['𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱']],
    ['bold math term, plain text', '𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱', 'brand', 'northwind', ['northwind']],
    ['sharp s', 'Straße', 'brand', 'STRASSE und straße', ['STRASSE', 'straße']],
    ['dotted capital I', 'istanbul', 'brand', 'İSTANBUL', ['İSTANBUL']],
    ['Greek final sigma', 'Οδυσσευς', 'brand', 'ΟΔΥΣΣΕΥΣ', ['ΟΔΥΣΣΕΥΣ']],
    // Invisible characters
    ['zero-width space inside', 'Northwind', 'brand', 'North\u200Bwind', ['North\u200Bwind']],
    ['soft hyphen inside', 'Northwind', 'brand', 'North\u00ADwind', ['North\u00ADwind']],
    ['many decoys inside', 'Northwind', 'brand', 'N\u200Co\u200Dr\u2060t\uFEFFh\u200Ewind', ['N\u200Co\u200Dr\u2060t\uFEFFh\u200Ewind']],
    ['decoys around are not highlighted', 'Northwind', 'brand', '\u200BNorthwind\u200B', ['Northwind']],
    ['bidi override around', 'Northwind', 'brand', '\u202ENorthwind\u202C', ['Northwind']],
    // Multi-word terms
    ['newline and spaces', 'Northwind Coffee', 'brand', 'Northwind\n  Coffee', ['Northwind\n  Coffee']],
    ['no-break space', 'Northwind Coffee', 'brand', 'Northwind\u00A0Coffee', ['Northwind\u00A0Coffee']],
    ['emoji between', 'Northwind Coffee', 'brand', 'Northwind ☕ Coffee', ['Northwind ☕ Coffee']],
    ['emoji without spaces', 'Northwind Coffee', 'brand', 'Northwind☕️Coffee', ['Northwind☕️Coffee']],
    ['skin tone emoji', 'Northwind Coffee', 'brand', 'Northwind 👍🏽 Coffee', ['Northwind 👍🏽 Coffee']],
    ['ZWJ family emoji', 'Northwind Coffee', 'brand', 'Northwind 👨‍👩‍👧 Coffee', ['Northwind 👨‍👩‍👧 Coffee']],
    ['flag emoji', 'Northwind Coffee', 'brand', 'Northwind 🇺🇸 Coffee', ['Northwind 🇺🇸 Coffee']],
    ['hyphen counts as a space (decision)', 'Northwind Coffee', 'brand', 'Northwind-Coffee', ['Northwind-Coffee']],
    ['hyphenated term matches spaced text', 'Coca-Cola', 'brand', 'Coca Cola', ['Coca Cola']],
    ['dash counts as a space too (decision)', 'Northwind Coffee', 'brand', 'Northwind — Coffee', ['Northwind — Coffee']],
    ['words must be adjacent', 'Northwind Coffee', 'brand', 'Northwind, Coffee', []],
    ['no space is not a space', 'Northwind Coffee', 'brand', 'NorthwindCoffee', []],
    ['emoji inside a word splits it (decision)', 'Northwind', 'brand', 'North☕wind', []],
    ['...so it reads as two words', 'North Wind', 'brand', 'North☕wind', ['North☕wind']],
    ['trademark sign ends a word', 'Northwind', 'brand', 'Northwind™ beans', ['Northwind']],
    // Literal punctuation
    ['ampersand', 'AT&T', 'brand', 'I called AT&T today', ['AT&T']],
    ['ampersand is literal', 'AT&T', 'brand', 'AT T and ATT', []],
    ['ampersand term still needs a boundary', 'AT&T', 'brand', 'AT&Tx', []],
    ['exclamation mark', 'Yahoo!', 'brand', 'Yahoo! rocks', ['Yahoo!']],
    ['exclamation mark is required', 'Yahoo!', 'brand', 'Yahoo rocks', []],
    ['dotted name', 'Node.js', 'product', 'I use node.js daily', ['node.js']],
    // Handles
    ['handle with sigil', '@NorthwindCoffee', 'handle', 'hey @NorthwindCoffee', ['@NorthwindCoffee']],
    ['handle, lower case', '@NorthwindCoffee', 'handle', 'hey @northwindcoffee', ['@northwindcoffee']],
    ['handle as a bare word', '@NorthwindCoffee', 'handle', 'NorthwindCoffee rules', ['NorthwindCoffee']],
    ['handle possessive', '@NorthwindCoffee', 'handle', "@NorthwindCoffee's latte", ['@NorthwindCoffee']],
    ['longer handle', '@NorthwindCoffee', 'handle', '@NorthwindCoffeeFan', []],
    ['handle term given without sigil', 'NorthwindCoffee', 'handle', 'hi @NorthwindCoffee', ['@NorthwindCoffee']],
    ['full-width handle', '@NorthwindCoffee', 'handle', '＠ＮｏｒｔｈｗｉｎｄＣｏｆｆｅｅ', ['＠ＮｏｒｔｈｗｉｎｄＣｏｆｆｅｅ']],
    ['handle with underscore', '@north_wind', 'handle', '@north_wind and @north_winds', ['@north_wind']],
    ['handle after a hashtag sigil matches the word', '@northwind', 'handle', '#northwind', ['northwind']],
    // Hashtags
    ['hashtag', '#northwind', 'hashtag', 'so good #northwind', ['#northwind']],
    ['hashtag, other case', '#northwind', 'hashtag', '#Northwind!', ['#Northwind']],
    ['hashtag as a bare word', '#northwind', 'hashtag', 'northwind beans', ['northwind']],
    ['longer hashtag', '#northwind', 'hashtag', '#northwindcoffee', []],
    ['hashtag term given without sigil', 'northwind', 'hashtag', '#Northwind', ['#Northwind']],
    // Other kinds inside sigils
    ['brand inside a hashtag', 'Northwind', 'brand', 'love #Northwind', ['Northwind']],
    ['brand inside a mention', 'Northwind', 'brand', 'cc @Northwind', ['Northwind']],
    ['brand is not a hashtag prefix', 'Northwind', 'brand', '#NorthwindCoffee', []],
    ['person', 'Dana Reyes', 'person', 'CEO Dana  Reyes said', ['Dana  Reyes']],
    // RTL
    ['Arabic in Arabic text', 'نورثويند', 'brand', 'أحب نورثويند كثيرا', ['نورثويند']],
    ['Arabic with bidi embedding', 'نورثويند', 'brand', 'أحب \u202Bنورثويند\u202C!', ['نورثويند']],
    ['Arabic with harakat and tatweel', 'نورثويند', 'brand', 'نُورثـويند', ['نُورثـويند']],
    ['Arabic inside a longer word', 'نور', 'brand', 'نورثويند', []],
    ['Hebrew in Hebrew text', 'קפה', 'product', 'אני אוהב קפה טוב', ['קפה']],
    ['Hebrew with niqqud', 'שלום', 'brand', 'שָׁלוֹם עולם', ['שָׁלוֹם']],
    ['Latin in RTL text with an RLO', 'Northwind', 'brand', 'أحب \u202ENorthwind\u202C', ['Northwind']],
    // Spaceless scripts
    ['Han inside a sentence', '东京', 'brand', '我去东京了', ['东京']],
    ['katakana', 'コーヒー', 'product', '北風コーヒーが好き', ['コーヒー']],
    ['half-width katakana text', 'ガス', 'product', 'ｶﾞｽ代', ['ｶﾞｽ']],
    ['Thai', 'กาแฟ', 'product', 'ฉันชอบกาแฟมาก', ['กาแฟ']],
    ['Korean with a particle', '삼성', 'brand', '삼성은 좋아요', ['삼성']],
    ['Latin next to Han', 'Northwind', 'brand', '我爱Northwind咖啡', ['Northwind']],
    // Robustness
    ['empty text', 'Northwind', 'brand', '', []],
    ['lone surrogates around', 'Northwind', 'brand', '\uD800Northwind\uDC00', ['Northwind']],
    ['lone surrogate inside', 'Northwind', 'brand', 'North\uD800wind', []],
    ['null bytes', 'Northwind', 'brand', '\0Northwind\0', ['Northwind']],
    ['text of marks only', 'Northwind', 'brand', '\u0301\u0301\u200B', []],
  ])('%s', (_name, termText, kind, text, expected) => {
    expect(found([term(termText, kind)], text)).toEqual(expected);
  });
});

describe('compileWatchlist: case-sensitive terms', () => {
  const apple = term('Apple', 'brand', { caseSensitive: true });

  it.each<[string, string[]]>([
    ['Apple pie', ['Apple']],
    ['apple pie', []],
    ['APPLE', []],
    ['𝗔𝗽𝗽𝗹𝗲 Store', ['𝗔𝗽𝗽𝗹𝗲']],
    ['Äpple', ['Äpple']],
  ])('%s', (text, expected) => {
    expect(found([apple], text)).toEqual(expected);
  });

  it('mixes with case-insensitive terms, sorted by start', () => {
    const terms = [apple, term('pie'), term('Store', 'brand', { caseSensitive: true })];
    expect(found(terms, 'PIE and Apple store, Apple Store')).toEqual(['PIE', 'Apple', 'Apple', 'Store']);
  });

  it('applies exclusions case-sensitively too', () => {
    const t = term('Apple', 'brand', { caseSensitive: true, exclude: ['Apple Records'] });
    expect(found([t], 'Apple Records, apple records, Apple records')).toEqual(['Apple']);
  });
});
