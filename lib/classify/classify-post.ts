import vader from 'vader-sentiment';
import type { Classification, PostKind } from '../model/types';
import { ISSUE_CUES, NEGATORS, pattern, RESOLVED_CUES, SARCASM_CUES, type Cue } from './cues';
import { INFO_CUES, NEGATIVE_EMOJI, PERSONAL, POSITIVE_EMOJI, PRAISE_CUES, questionReason } from './signals';
import { exclamations, lowerText, matchText, notEnglish, quote, sanitise, shouting, vaderText } from './text';

/**
 * The background's classifier (VADER's lexicon is ~110 kB, so it stays out of
 * the content scripts, which use the small classifyText). Pure, deterministic
 * and explainable: reasons[0] names the cue that decided the kind.
 *
 * Precedence, and why:
 * 1. issue: a customer problem must not hide behind a question mark or a
 *    polite word ("why is my order still not here?", "great, another late
 *    delivery"), unless the post tells of the problem being put right.
 * 2. question: someone is waiting for an answer.
 * 3. other (information): announcements, hiring and news stay "other" even
 *    when upbeat.
 * 4. praise: praise cues or clearly positive sentiment, no issue.
 */

const ISSUE_GLOBAL = ISSUE_CUES.map((cue) => ({ cue, re: new RegExp(cue.re.source, 'gu') }));
const SCARE_QUOTES = /(?:^|[\s(])['"]([a-z][a-z ]{2,25})['"](?=[\s.,!?)]|$)/;
const MAX_LISTED = 4;
/** "why did my …", "why is your …": asked in complaint, not for information. */
const WHY_MY = pattern('why (?:is|are|did|does|do|has|have|was|were|would|wont|cant|isnt|doesnt|didnt|hasnt)(?: \\S+){0,2} (?:my|our|you|your)');

const round = (n: number): number => Math.round(n * 100) / 100;
const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

interface Hit { text: string; cue: Cue; end: number }

/** Issue cue occurrences; negatable evaluations after "no/not/never…" are set aside. */
function issueHits(match: string): { hits: Hit[]; negated: string[] } {
  const hits: Hit[] = [];
  const negated: string[] = [];
  for (const { cue, re } of ISSUE_GLOBAL) {
    for (const m of match.matchAll(re)) {
      const negator = cue.negatable ? NEGATORS.exec(match.slice(Math.max(0, m.index - 30), m.index)) : null;
      if (negator) negated.push(`${negator[0].trim()} ${m[0]}`);
      else {
        // One occurrence per cue explains it; a span inside another cue's adds nothing.
        if (!hits.some((h) => h.text.includes(m[0]))) hits.push({ text: m[0], cue, end: m.index + m[0].length });
        break;
      }
    }
  }
  return { hits, negated };
}

const firstMatches = (res: readonly RegExp[], text: string): string[] =>
  res.map((re) => re.exec(text)?.[0]).filter((s): s is string => s !== undefined);

/** Where the last of these patterns' first matches ends (-1: none). */
const lastEnd = (res: readonly RegExp[], text: string): number =>
  Math.max(-1, ...res.map((re) => { const m = re.exec(text); return m ? m.index + m[0].length : -1; }));

export function classifyPost(text: string): Classification {
  const clean = sanitise(text);
  const lower = lowerText(clean);
  const match = matchText(lower);
  const foreign = notEnglish(lower);
  if (match === '' || foreign) {
    return { kind: 'other', sentiment: 0, urgency: 0, reasons: [foreign ? `other: ${foreign}, not analysed` : 'other: no text'] };
  }

  const compound = vader.SentimentIntensityAnalyzer.polarity_scores(vaderText(lower)).compound;
  const { hits, negated } = issueHits(match);
  const sarcasm = firstMatches(SARCASM_CUES, match);
  const resolved = firstMatches(RESOLVED_CUES, match);
  const praise = firstMatches(PRAISE_CUES, match);
  const info = firstMatches(INFO_CUES, match);
  const negEmoji = NEGATIVE_EMOJI.exec(clean)?.[0];
  const posEmoji = POSITIVE_EMOJI.exec(clean)?.[0];
  const scare = SCARE_QUOTES.exec(lower)?.[1];
  const question = questionReason(lower, match);
  const personal = PERSONAL.test(match) || match.startsWith('@');
  const caps = shouting(clean);
  // "WHY does it take 30 MINUTES?!" is a complaint phrased as a question.
  const rhetorical = /\?!|!\?/.test(clean) || caps.allCaps || caps.words >= 2 || WHY_MY.test(match);

  const strong = [...sarcasm.map((s) => `sarcasm ${quote(s)}`), ...hits.filter((h) => !h.cue.weak).map((h) => quote(h.text))];
  const weak = [...hits.filter((h) => h.cue.weak).map((h) => quote(h.text)), ...(scare ? [`scare quotes ${quote(scare)}`] : []), ...(negEmoji ? [negEmoji] : [])];
  const praiseCues = [...praise.map(quote), ...(posEmoji ? [posEmoji] : [])];
  const urgentHits = hits.filter((h) => h.cue.urgent).map((h) => quote(h.text));

  const reasons: string[] = [];
  let kind: PostKind = 'other';
  // A story that ends with the problem put right, in a post with praise, is
  // praise for the service ("lost my order, they sent a new one right away").
  const lastProblem = Math.max(-1, ...hits.map((h) => h.end));
  const putRight = resolved.length > 0 && sarcasm.length === 0 && praiseCues.length > 0 && lastEnd(RESOLVED_CUES, match) >= lastProblem;
  // A third-person report (a recall, outage news) without a verdict of its own is
  // not a customer with a problem.
  const report = !personal && info.length > 0 && urgentHits.length === 0 && !hits.some((h) => h.cue.negatable);

  if (strong.length > 0 && !putRight && !report) {
    kind = 'issue';
    reasons.push(`issue: ${strong.slice(0, MAX_LISTED).join(', ')}`);
  } else if ((!question || rhetorical) && !putRight && !report && (weak.length >= 2 || (weak.length === 1 && compound < 0.5))) {
    // Weak cues outweigh a question only when it is shouted; two of them outweigh upbeat wording.
    kind = 'issue';
    reasons.push(`issue: ${weak.slice(0, MAX_LISTED).join(', ')} (weak cue)`);
  } else if (compound <= -0.4 && personal && !question && !putRight && info.length === 0) {
    kind = 'issue';
    reasons.push(`issue: negative sentiment ${compound.toFixed(1)}`);
  } else if (question) {
    kind = 'question';
    reasons.push(`question: ${question}`);
  } else if (info.length > 0) {
    reasons.push(`other: information ${quote(info[0] ?? '')}`);
  } else if (putRight || (praiseCues.length > 0 && compound > -0.3) || compound >= 0.6) {
    kind = 'praise';
    reasons.push(praiseCues.length > 0 ? `praise: ${praiseCues.slice(0, MAX_LISTED).join(', ')}` : `praise: positive sentiment ${compound.toFixed(1)}`);
  } else {
    reasons.push(praiseCues.length > 0 ? `other: praise cue ${praiseCues[0]} outweighed by sentiment` : 'other: no issue, question or praise cue');
  }
  if (putRight && (strong.length > 0 || weak.length > 0)) reasons.push(`resolved: ${resolved.map(quote).join(', ')}`);
  if (report && strong.length > 0) reasons.push(`report, not a customer: ${strong.slice(0, 2).join(', ')}`);
  if (negated.length > 0) reasons.push(`negated: ${negated.slice(0, MAX_LISTED).map(quote).join(', ')}`);

  // Sentiment: VADER's compound, pulled to the side the cues establish (VADER
  // cannot see "never arrived" or sarcasm, nor our emoji-free praise idioms).
  let sentiment = compound;
  if (kind === 'issue') sentiment = clamp(Math.min(compound, 0) - 0.15 * Math.min(3, strong.length + weak.length), -1, -0.1);
  else if (kind === 'praise') sentiment = clamp(Math.max(compound, 0) + 0.1 * Math.min(3, praiseCues.length), 0.1, 1);
  reasons.push(`sentiment ${round(sentiment).toFixed(1)}`);

  // Urgency: only someone with a problem (or a question) is waiting on us.
  const bangs = exclamations(clean);
  const urgentWhy: string[] = [...urgentHits];
  let urgency = 0.3 * urgentHits.length;
  if (caps.allCaps) { urgency += 0.25; urgentWhy.push('all caps'); }
  else if (caps.words >= 2) { urgency += 0.15; urgentWhy.push(`${caps.words} shouted words`); }
  if (bangs >= 3) { urgency += 0.2; urgentWhy.push(`${bangs} exclamation marks`); }
  if (sentiment <= -0.6) urgency += 0.15;
  urgency = kind === 'issue' ? clamp(0.1 + urgency, 0, 1) : kind === 'question' ? clamp(urgency / 2, 0, 1) : 0;
  if (urgency > 0 && urgentWhy.length > 0) reasons.push(`urgent: ${urgentWhy.join(', ')}`);

  return { kind, sentiment: round(sentiment), urgency: round(urgency), reasons };
}
