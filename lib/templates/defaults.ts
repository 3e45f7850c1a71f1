import type { Template } from '../model/types';

/**
 * Installed on first run so the chip can suggest a reply from day one.
 * Written in the first person and signed by the executive: a reply from a
 * named leader is the point of Earshot. The signature ("– {{my_name}}") is
 * always last, so an empty name never leaves a gap mid-sentence.
 * `{{handle}}` is read as the brand's own handle from the profile (e.g.
 * "@acme"), the account to DM. Only variables from ./render are used and
 * every body stays under X's 280 characters with typical values (tested).
 * Fixed ids make installing idempotent.
 */
export const DEFAULT_TEMPLATES: readonly Template[] = [
  {
    id: 'default-sorry-dm',
    name: 'Sorry + DM',
    category: 'issue',
    site: null,
    order: 0,
    body:
      "Hi {{first_name}}, I'm sorry about this. It's not the {{brand}} experience we want you to have. " +
      "Please DM {{handle}} your details and I'll make sure it's put right today. – {{my_name}}",
  },
  {
    id: 'default-escalated',
    name: 'Passed to the team',
    category: 'issue',
    site: null,
    order: 1,
    body:
      "Hi {{first_name}}, I've passed this to our {{brand}} support team, case {{case_id}} ({{date}}). " +
      "They'll be in touch shortly, and I'll follow it until it's resolved. – {{my_name}}",
  },
  {
    id: 'default-answer',
    name: 'Answer a question',
    category: 'question',
    site: null,
    order: 2,
    body:
      "Hi {{first_name}}, thanks for asking. I've checked with the {{brand}} team and we'll get you a full answer today. " +
      "If it's easier, DM {{handle}} and we'll pick it up there. – {{my_name}}",
  },
  {
    id: 'default-thanks',
    name: 'Thank you',
    category: 'praise',
    site: null,
    order: 3,
    body:
      'Thank you, {{first_name}}! That means a lot to all of us at {{brand}}. ' +
      "I'll share it with the team today. – {{my_name}}",
  },
  {
    id: 'default-general',
    name: 'Thanks for the mention',
    category: 'other',
    site: null,
    order: 4,
    body:
      'Thanks for the mention, {{author}}. Always good to hear from you, ' +
      "and if there's anything {{brand}} can do, just reply here. – {{my_name}}",
  },
];
