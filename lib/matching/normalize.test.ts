import { normalizeForMatching, normalizeText } from './normalize';

/** Original text each normalised unit maps back to, for readable assertions. */
function mapped(input: string, fold = true): string[] {
  const n = normalizeText(input, fold);
  return [...n.text].map((_, i) => input.slice(n.start[i], n.end[i]));
}

describe('normalizeForMatching', () => {
  it.each([
    ['case', 'NorthWind', 'northwind'],
    ['accents', 'Café Crème Brûlée', 'cafe creme brulee'],
    ['decomposed accents', 'Cafe\u0301', 'cafe'],
    ['full width', 'ｎｏｒｔｈｗｉｎｄ', 'northwind'],
    ['bold math letters', '𝗡𝗼𝗿𝘁𝗵𝘄𝗶𝗻𝗱', 'northwind'],
    ['italic math letters', '𝘕𝘰𝘳𝘵𝘩𝘸𝘪𝘯𝘥', 'northwind'],
    ['zero-width space', 'North\u200Bwind', 'northwind'],
    ['zero-width joiner/non-joiner', 'No\u200Drth\u200Cwind', 'northwind'],
    ['soft hyphen', 'North\u00ADwind', 'northwind'],
    ['word joiner and BOM', 'North\u2060wi\uFEFFnd', 'northwind'],
    ['bidi overrides and isolates', '\u202ENorth\u202Cwind\u2067\u2069', 'northwind'],
    ['German sharp s folds to ss', 'Straße', 'strasse'],
    ['capital sharp s', 'STRAẞE', 'strasse'],
    ['dotted capital I', 'İstanbul', 'istanbul'],
    ['Greek final sigma', 'ΟΔΥΣΣΕΥΣ', 'οδυσσευσ'],
    ['Greek tonos dropped', 'Αθήνα', 'αθηνα'],
    ['whitespace runs collapse', '  Northwind \n\t Coffee  ', 'northwind coffee'],
    ['no-break space', 'Northwind\u00A0Coffee', 'northwind coffee'],
    ['emoji between words', 'Northwind ☕️ Coffee', 'northwind coffee'],
    ['skin tone and ZWJ sequence', 'A 👍🏽 B 👨‍👩‍👧 C', 'a b c'],
    ['flags', 'A 🇺🇸 B', 'a b'],
    ['hyphen and dashes are separators', 'Coca-Cola — Zero', 'coca cola zero'],
    ['curly apostrophe', 'McDonald’s', "mcdonald's"],
    ['curly double quotes', '“Acme”', '"acme"'],
    ['punctuation kept', 'AT&T Yahoo!', 'at&t yahoo!'],
    ['sigils kept', '@Acme #Acme', '@acme #acme'],
    ['trademark sign is a separator (not "TM")', 'Northwind™', 'northwind'],
    ['Arabic harakat and tatweel dropped', 'نُورثـويند', 'نورثويند'],
    ['Arabic presentation forms', 'ﻧﻮﺭ', 'نور'],
    ['Hebrew niqqud dropped', 'שָׁלוֹם', 'שלום'],
    ['kana dakuten kept', 'ガ', 'ガ'],
    ['half-width katakana', 'ｺｰﾋｰ', 'コーヒー'],
    ['half-width katakana with voicing mark', 'ｶﾞｽ', 'ガス'],
    ['Hangul stays composed', '삼성', '삼성'],
    ['Devanagari vowel signs kept', 'काम', 'काम'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForMatching(input)).toBe(expected);
  });

  it('treats equal-looking terms as duplicates', () => {
    expect(normalizeForMatching('Café')).toBe(normalizeForMatching('cafe'));
    expect(normalizeForMatching('ＣＡＦＥ')).toBe(normalizeForMatching(' café '));
  });
});

describe('normalizeText', () => {
  it('keeps case when not folding', () => {
    expect(normalizeText('𝗡𝗼𝗿𝘁𝗵 Café', false).text).toBe('North Cafe');
  });

  it('maps every unit back to the original cluster', () => {
    expect(mapped('Cafe\u0301!')).toEqual(['C', 'a', 'f', 'e\u0301', '!']);
    expect(mapped('𝗡o')).toEqual(['𝗡', 'o']);
    expect(mapped('ß')).toEqual(['ß', 'ß']);
    expect(mapped('ｎ')).toEqual(['ｎ']);
    expect(mapped('ｶﾞ')).toEqual(['ｶﾞ']);
  });

  it('maps a collapsed separator run to the whole run', () => {
    expect(mapped('a \u200B☕\n b')).toEqual(['a', ' \u200B☕\n ', 'b']);
  });

  it('drops ignorable characters from the map', () => {
    const n = normalizeText('\u200Bab\u200B', true);
    expect(n.text).toBe('ab');
    expect(n.start).toEqual([1, 2]);
    expect(n.end).toEqual([2, 3]);
  });

  it('never crashes on lone surrogates and null bytes', () => {
    for (const input of ['\uD800', '\uDC00', 'a\uD800b', 'a\uDC00\uD800b', '\uD83D', 'x\u0301\uD800\u0301', '\0a\0']) {
      const n = normalizeText(input, true);
      expect(n.start).toHaveLength(n.text.length);
      expect(n.end).toHaveLength(n.text.length);
    }
    expect(normalizeText('a\uD800b', true).text).toBe('a\uD800b');
  });

  it('keeps start/end monotonic and inside the input', () => {
    const input = 'İ𝗡 ß\u200Bﷺ ☕ é\u0301x ｶﾞ';
    const n = normalizeText(input, true);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.start[i]).toBeLessThan(n.end[i]!);
      expect(n.end[i]).toBeLessThanOrEqual(input.length);
      if (i > 0) expect(n.start[i]).toBeGreaterThanOrEqual(n.start[i - 1]!);
    }
  });
});
