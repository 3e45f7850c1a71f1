/**
 * First rule set for classifying a post (issue / question / praise / other).
 * Deterministic and explainable: every decision names the cue that caused it.
 * Kept as data so a new rule is one row plus a table test.
 */

/** Phrases that signal a customer problem; `urgent` ones also raise urgency. */
export const ISSUE_CUES: readonly { phrase: string; urgent?: boolean }[] = [
  { phrase: 'never arrived', urgent: true },
  { phrase: 'not arrived', urgent: true },
  { phrase: "hasn't arrived", urgent: true },
  { phrase: 'still waiting' },
  { phrase: 'refund', urgent: true },
  { phrase: 'cancel', urgent: true },
  { phrase: 'cancelling', urgent: true },
  { phrase: 'canceling', urgent: true },
  { phrase: 'scam', urgent: true },
  { phrase: 'fraud', urgent: true },
  { phrase: 'lawyer', urgent: true },
  { phrase: 'chargeback', urgent: true },
  { phrase: 'charged twice', urgent: true },
  { phrase: 'double charged', urgent: true },
  { phrase: 'broken' },
  { phrase: 'broke' },
  { phrase: 'damaged' },
  { phrase: 'wrong order' },
  { phrase: 'missing' },
  { phrase: 'late' },
  { phrase: 'delayed' },
  { phrase: 'terrible' },
  { phrase: 'awful' },
  { phrase: 'worst' },
  { phrase: 'disappointed' },
  { phrase: 'disappointing' },
  { phrase: 'complaint' },
  { phrase: 'unacceptable' },
  { phrase: 'nobody answers' },
  { phrase: 'no response' },
  { phrase: 'no reply' },
  { phrase: 'not working' },
  { phrase: "doesn't work" },
  { phrase: 'does not work' },
  { phrase: 'stopped working' },
  { phrase: 'problem' },
  { phrase: 'issue with' },
  { phrase: 'rude' },
  { phrase: 'overcharged', urgent: true },
  { phrase: 'stale' },
  { phrase: 'moldy' },
];

export const PRAISE_CUES: readonly string[] = [
  'love', 'loved', 'loving', 'best', 'great', 'amazing', 'awesome', 'excellent', 'fantastic',
  'thank you', 'thanks', 'delicious', 'perfect', 'wonderful', 'recommend', 'favorite', 'favourite',
  'brilliant', 'impressed', 'kudos', 'shoutout', 'shout-out', 'superb', 'happy with',
];

/** Sentences that open like a question even without a question mark. */
export const QUESTION_OPENERS: readonly string[] = [
  'does', 'do', 'is', 'are', 'can', 'could', 'will', 'would', 'should', 'how', 'what', 'when',
  'where', 'which', 'who', 'why', 'anyone know', 'any idea',
];

export const NEGATIVE_WORDS: readonly string[] = [
  'bad', 'hate', 'angry', 'annoyed', 'furious', 'horrible', 'poor', 'sad', 'upset', 'useless',
  'disgusting', 'ridiculous', 'never again',
];
