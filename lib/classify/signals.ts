/**
 * Question, praise and "just information" signals for classifyPost (issue
 * cues live in cues.ts). Patterns read the normalised text: lower case, no
 * apostrophes, no accents.
 */
import { pattern } from './cues';
import { matchText, quote, sentences } from './text';

/** Words a sentence opens with when it asks something, question mark or not. */
export const QUESTION_OPENER = new RegExp(
  '^(?:(?:does|do|did|is|are|was|can|could|will|would|should|has|have|whats|wheres|whos|any|anyone|anybody)(?= )' +
    // A wh-word asks only with an auxiliary close behind: "how do I", "what time do you";
    // "how Northwind redesigned its app" is a headline, not a question.
    '|(?:how|what|when|where|which|who|why)(?: \\S+){0,2} (?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|to|much|many|long)(?= |$))',
);

/** Openers that look interrogative but are not ("do not order", "have a great day"). */
export const NOT_A_QUESTION =
  /^(?:do not|have a|have been|has been|will be|would be|is what|what an?|how (?:good|great|amazing|cool|awesome|lovely|nice)|who knew|can i just say|why not|who wants to|whos in|any(?:one|body) (?:want|wanna) to)(?![\p{L}])/u;

/** Asking phrases anywhere in the post, common on Facebook groups and LinkedIn. */
export const ASKING = pattern(
  '(?:any ?one|any ?body|some ?one) (?:know|knows|tried|have|has|recommend)|does any(?:one|body)|any idea|wondering (?:if|whether|how|what)|(?:i|id|i would)(?: really)? (?:love|like) to know|curious (?:if|whether|how|what|about)|looking for (?:recommendations|advice|tips|suggestions)|question for|quick question|can (?:someone|anyone|you) (?:tell|help|explain)',
);

/** Praise vocabulary beyond VADER's lexicon: slang, idioms, and negated negatives. */
export const PRAISE_CUES: readonly RegExp[] = [
  pattern('lov(?:e|ed|es|ing)|best|great|amazing|awesome|excellent|exceptional|fantastic|brilliant|superb|outstanding|incredible|unreal|elite|wonderful|perfect\\w*|delicious|tasty|so good|top notch|flawless|seamless|smooth|so easy|super easy|fast|quick|speedy|friendly|lovely|hooked|inspiring|class(?:y| act)|kind(?:est)?|thoughtful|happy|joy|delight\\w*|reliab\\w+|really good'),
  pattern('impress(?:ive|ed)|kudos|shout ?out|props to|hats off|thank you|thanks?|grateful|appreciat\\w*|recommend\\w*|fav(?:ou?rite)?|big fan|fan of|obsessed|rocks?|nailed|game ?changer|life ?saver'),
  pattern('saved my (?:life|day|morning)|made my (?:\\S+ )?(?:day|week|morning)|customer for life|well deserved|congrat\\w*|10/10|>>+|hands down|sweetest|happiness|cozy|the hype|how you do|done right|stands? out|leading by example|nothing beats|deserves? a raise|blown away|always (?:fresh|friendly|fast|perfect|great|good|on time|consistent)|missing out|growing on me|number one|never had a bad \\S+|(?:showed up|arrived|delivered|ready) in (?:under )?\\d+ (?:min|mins|minutes)'),
  pattern('never (?:misses|disappoints|let me down|lets me down|fails)|no complaints|cant complain|not (?:bad|a single complaint)|not even close|not (?:one|a single|once) (?:missed|late|complaint|problem|issue|mistake|error|hiccup)'),
];

/** Emoji that carry the sentiment of a post (VADER's JS lexicon has none). */
export const POSITIVE_EMOJI = /[\u2764\u2665\u{1F495}\u{1F496}\u{1F60D}\u{1F970}\u{1F525}\u{1F44F}\u{1F64C}\u{1F4AF}\u{1F44D}\u{1F60B}\u{1F929}\u{1F979}]/u;
export const NEGATIVE_EMOJI = /[\u{1F621}\u{1F620}\u{1F92C}\u{1F624}\u{1F44E}\u{1F644}\u{1F612}\u{1F643}\u{1F61E}\u{1F622}\u{1F922}\u{1F92E}\u{1F4A9}]/u;

/**
 * Posts that report, announce or advertise rather than react to the brand:
 * career updates, hiring, news, events, listings. They stay "other" even when
 * upbeat ("Thrilled to announce I've joined …").
 */
export const INFO_CUES: readonly RegExp[] = [
  pattern('(?:thrilled|excited|pleased|happy|proud|delighted|honou?red) to (?:announce|share|join|have|be (?:joining|starting|part of))|(?:ive|i have|weve|we have|has|have) (?:joined|accepted|started|completed|been selected)'),
  pattern('new (?:role|position|chapter|job)|moving on|first day (?:at|working|of)|proud of (?:her|him|them|my|our)'),
  pattern('(?:were|we are|is|are|now) hiring|hiring|job (?:opening|opportunity|alert)|apply (?:via|here|now|at|through)|join (?:us|our team|the team)|looking for an?(?: \\S+){0,2} (?:manager|analyst|engineer|barista|trainer|designer|lead|director|intern)'),
  pattern('for sale|selling|obo|according to|(?:press|company) release|announce[ds]?|announcing|(?:shares|stock|sales) (?:fell|rose|fall|rise|up|down)|revenue|earnings|quarterly|forecast|filing|recalls?|appoint(?:s|ed)|names \\S+ \\S+ as|giv(?:ing|es) away|giveaway'),
  pattern('will (?:speak|present)|panel|webinar|podcast|case stud(?:y|ies)|reminder|fyi|throwback|come say hi|registration'),
];

/** First or second person: a customer speaking, not a third-person report. */
export const PERSONAL = pattern('i|im|ive|id|my|me|mine|we|weve|our|us|you|your|youre|yall');

const LEAD_IN = /^(?:(?:@\S+|hey|hi|hello|ok|okay|so|also|and|but|quick question|question)[\s,:!-]*)+/;

/** Why the post asks something, or null. Sentences are judged one by one. */
export function questionReason(lower: string, match: string): string | null {
  for (const sentence of sentences(lower)) {
    const clauses = matchText(sentence).split(/\s*[:;—–]\s*/).map((c) => c.replace(LEAD_IN, ''));
    if (clauses.some((c) => NOT_A_QUESTION.test(c))) continue;
    if (sentence.includes('?')) return 'question mark';
    const opener = clauses.map((c) => QUESTION_OPENER.exec(c) && c.split(' ').slice(0, 3).join(' ')).find(Boolean);
    if (opener) return `opens with ${quote(opener)}`;
  }
  const asking = ASKING.exec(match);
  return asking ? quote(asking[0]) : null;
}

