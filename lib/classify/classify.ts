import type { Classification, PostKind } from '../model/types';
import { ISSUE_CUES, NEGATIVE_WORDS, PRAISE_CUES, QUESTION_OPENERS } from './rules';

/**
 * Classifies a post's text. Pure and deterministic. Phrases are matched on
 * word boundaries of the lower-cased, accent-stripped text, so "cancel" does
 * not fire inside "cancellation-free"-style compounds by accident.
 */

const normalise = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function containsPhrase(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + phrase.length];
    const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    if (!isWord(before) && !isWord(after)) return true;
    from = at + 1;
  }
}

function shouting(original: string): boolean {
  const words = original.match(/\p{Lu}{3,}/gu) ?? [];
  const letters = original.match(/\p{L}/gu)?.length ?? 0;
  const upper = original.match(/\p{Lu}/gu)?.length ?? 0;
  return words.length >= 2 || (letters >= 12 && upper / letters > 0.6);
}

function looksLikeQuestion(text: string): string | null {
  if (/\?/.test(text)) return 'question mark';
  const sentences = text.split(/[.!\n]+/);
  for (const sentence of sentences) {
    const words = sentence.trim().replace(/^[@#]\S+\s+/, '');
    for (const opener of QUESTION_OPENERS) {
      if (words.startsWith(opener + ' ')) return `starts with “${opener}”`;
    }
  }
  return null;
}

export function classifyText(original: string): Classification {
  const text = normalise(original);
  const reasons: string[] = [];
  const issueHits = ISSUE_CUES.filter((c) => containsPhrase(text, c.phrase));
  const praiseHits = PRAISE_CUES.filter((p) => containsPhrase(text, p));
  const negativeHits = NEGATIVE_WORDS.filter((p) => containsPhrase(text, p));
  const exclamations = (original.match(/!/g) ?? []).length;
  const caps = shouting(original);
  const question = looksLikeQuestion(text);

  let urgency = 0;
  urgency += issueHits.filter((c) => c.urgent).length * 0.35;
  if (caps) urgency += 0.25;
  if (exclamations >= 3) urgency += 0.2;
  urgency = Math.min(1, urgency);

  const negative = issueHits.length + negativeHits.length + (caps ? 1 : 0);
  const positive = praiseHits.length;
  const sentiment = Math.max(-1, Math.min(1, (positive - negative) / Math.max(2, positive + negative)));

  let kind: PostKind = 'other';
  if (issueHits.length > 0 && !(positive > issueHits.length + negativeHits.length)) {
    kind = 'issue';
    reasons.push(`matched: ${issueHits.map((c) => c.phrase).join(', ')}`);
  } else if (question) {
    kind = 'question';
    reasons.push(question);
  } else if (positive > 0 && negative === 0) {
    kind = 'praise';
    reasons.push(`matched: ${praiseHits.join(', ')}`);
  } else if (negativeHits.length > 0) {
    kind = 'issue';
    reasons.push(`negative: ${negativeHits.join(', ')}`);
  }
  if (caps) reasons.push('all caps');
  if (exclamations >= 3) reasons.push(`${exclamations} exclamation marks`);
  reasons.push(`sentiment ${sentiment.toFixed(1)}`);
  return { kind, sentiment: Number(sentiment.toFixed(2)), urgency: Number(urgency.toFixed(2)), reasons };
}
