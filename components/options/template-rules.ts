import type { Site, Template } from '@/lib/model/types';
import type { Profile } from '@/lib/settings/profile';
import { SITE_REPLY_LIMITS, type TemplateProblem, type TemplateValues } from '@/lib/templates/render';
import { templateStrings } from './strings';

/**
 * The editor's small rules around lib/templates/render: sample values for the
 * preview, which problems block saving, name uniqueness and copy names.
 * Pure functions, so the components stay about layout and focus.
 */

/** Problems that would send a broken reply; "too long" only warns (the user may trim later). */
const BLOCKING: readonly TemplateProblem['kind'][] = ['empty', 'unknown-variable', 'unbalanced'];

export function isBlocking(problem: TemplateProblem): boolean {
  return BLOCKING.includes(problem.kind);
}

/**
 * Typical values for the preview and the length check. Profile values are the
 * user's own (an empty name stays empty, as it will in a real reply, so the
 * preview shows the gap); the post's values are a made-up author.
 */
export function sampleValues(profile: Pick<Profile, 'brandName' | 'handle' | 'myName'>, now = new Date()): TemplateValues {
  return {
    author: 'Jane Doe',
    first_name: 'Jane',
    handle: profile.handle || 'janedoe',
    brand: profile.brandName || templateStrings.sampleBrand,
    my_name: profile.myName,
    case_id: 'C-1042',
    date: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(now),
  };
}

/** The strictest limit a template must meet: its own site's, or the lowest of all (X) when unrestricted. */
export function strictestLimit(site: Site | null | undefined): { site: Site; limit: number } {
  if (site) return { site, limit: SITE_REPLY_LIMITS[site] };
  const entries = Object.entries(SITE_REPLY_LIMITS) as [Site, number][];
  const [strictest, limit] = entries.reduce((a, b) => (b[1] < a[1] ? b : a));
  return { site: strictest, limit };
}

/** Names compare trimmed and case-blind: the chip's menu would show "Thanks" and "thanks" as twins. */
const nameKey = (name: string) => name.trim().toLocaleLowerCase();

export function validateTemplateName(name: string, existing: readonly Template[], ownId?: string): string | null {
  if (name.trim() === '') return templateStrings.nameRequired;
  const twin = existing.find((t) => t.id !== ownId && nameKey(t.name) === nameKey(name));
  return twin ? templateStrings.nameTaken(twin.name) : null;
}

/** "Sorry + DM (copy)", then "(copy 2)", … so a duplicate never breaks name uniqueness. */
export function copyName(name: string, existing: readonly Template[]): string {
  const taken = new Set(existing.map((t) => nameKey(t.name)));
  for (let n = 1; ; n += 1) {
    const candidate = templateStrings.copyName(name, n);
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** The first non-blank line of a body, for the list (CSS truncates it further). */
export function firstLine(body: string): string {
  return body.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
