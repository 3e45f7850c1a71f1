import type { Site } from '../model/types';

/**
 * Template rendering: `{{variable}}` placeholders filled from the post and the
 * user's profile. Unknown variables are an editing error shown to the user and
 * never sent as braces; known variables without a value render empty and are
 * reported so the chip can say so.
 */

export const TEMPLATE_VARIABLES = ['author', 'first_name', 'brand', 'handle', 'my_name', 'case_id', 'date'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string | null>>;

/** Per-site reply length limits (characters as the site counts them, approximated by code points). */
export const SITE_REPLY_LIMITS: Record<Site, number> = { x: 280, linkedin: 1250, facebook: 8000 };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** A placeholder with the separator before it (" – {{my_name}}"): both go when the value is empty.
 *  The separator is tried from the start of a run of spaces only, so long runs stay linear. */
const SEPARATED_PLACEHOLDER = /((?<![ \t])[ \t]*[–—-][ \t]*)?\{\{\s*([^{}]*?)\s*\}\}/g;

export interface TemplateProblem {
  kind: 'unknown-variable' | 'empty' | 'too-long' | 'unbalanced';
  message: string;
}

export interface RenderResult {
  text: string;
  /** Known variables that had no value and rendered empty. */
  missing: TemplateVariable[];
  /** Unknown variables (rendered empty, never as braces). */
  unknown: string[];
}

const isKnown = (name: string): name is TemplateVariable => (TEMPLATE_VARIABLES as readonly string[]).includes(name);

/** Variables a body uses, in order of first appearance. */
export function templateVariables(body: string): string[] {
  const names: string[] = [];
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export function renderTemplate(body: string, values: TemplateValues): RenderResult {
  const missing = new Set<TemplateVariable>();
  const unknown = new Set<string>();
  let text = body.replace(SEPARATED_PLACEHOLDER, (_all, separator: string | undefined, raw: string) => {
    const name = raw.toLowerCase();
    if (!isKnown(name)) {
      unknown.add(raw);
      return '';
    }
    const value = values[name];
    if (value === null || value === undefined || value === '') {
      missing.add(name);
      return '';
    }
    return (separator ?? '') + value;
  });
  // An empty variable can leave "Hi ," or double spaces behind: tidy them. Each run of
  // spaces is tried from its start only ((?<![ \t])), so a value with 20,000 spaces
  // (page text as {{author}}) stays linear instead of backtracking from every space.
  text = text
    .replace(/(?<![ \t])[ \t]+([,.!?;:])/g, '$1')
    .replace(/([.!?]),(?=\s|$)/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[ \t]+|(?<![ \t])[ \t]+$/gm, '');
  return { text: text.trim(), missing: [...missing], unknown: [...unknown] };
}

/** Length as sites count it: code points, so an emoji is one character, not two. */
export function replyLength(text: string): number {
  return [...text].length;
}

/** Problems to show while editing; `sample` renders the body with typical values to check length. */
export function checkTemplate(body: string, site: Site | null | undefined, sample: TemplateValues): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (body.trim() === '') problems.push({ kind: 'empty', message: 'Write the reply text.' });
  const unknown = templateVariables(body).filter((n) => !isKnown(n));
  if (unknown.length > 0) {
    problems.push({
      kind: 'unknown-variable',
      message: `Unknown variable${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `{{${n}}}`).join(', ')}. Use one of ${TEMPLATE_VARIABLES.map((n) => `{{${n}}}`).join(', ')}.`,
    });
  }
  const opens = (body.match(/\{\{/g) ?? []).length;
  const closes = (body.match(/\}\}/g) ?? []).length;
  if (opens !== closes) problems.push({ kind: 'unbalanced', message: 'A variable is missing its {{ or }}.' });
  const sites: Site[] = site ? [site] : ['x', 'linkedin', 'facebook'];
  const rendered = replyLength(renderTemplate(body, sample).text);
  for (const s of sites) {
    const limit = SITE_REPLY_LIMITS[s];
    if (rendered > limit) {
      problems.push({ kind: 'too-long', message: `${rendered} characters: over the ${limit}-character limit on ${s === 'x' ? 'X' : s === 'linkedin' ? 'LinkedIn' : 'Facebook'}.` });
      break;
    }
  }
  return problems;
}

/** "Dana Whitfield" → "Dana"; tolerant of emoji, titles and RTL names. */
export function firstNameOf(author: string): string {
  const cleaned = author.replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, '').trim();
  const words = cleaned.split(/\s+/).filter((w) => !/^(dr|mr|mrs|ms|prof)\.?$/i.test(w));
  return words[0] ?? '';
}
