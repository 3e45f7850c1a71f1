import type { PostKind, Site, Template } from '../model/types';
import { firstNameOf, type TemplateValues } from './render';

/**
 * Which template the chip suggests for a post, and the values its variables
 * take. Pure: the background calls it with the library and the profile.
 */

/** Templates usable on a site (no restriction, or restricted to that site), in library order. */
export function templatesForSite(templates: readonly Template[], site: Site): Template[] {
  return [...templates].filter((t) => !t.site || t.site === site).sort((a, b) => a.order - b.order);
}

/** The first template of the post's kind; else an "other" one; else the first usable. */
export function suggestTemplate(templates: readonly Template[], site: Site, kind: PostKind): Template | null {
  const usable = templatesForSite(templates, site);
  return usable.find((t) => t.category === kind) ?? usable.find((t) => t.category === 'other') ?? usable[0] ?? null;
}

export interface ReplyContext {
  author: string;
  /** The brand profile: {{brand}} and {{handle}} (the brand's own handle, the account to DM). */
  brandName: string;
  brandHandle: string;
  myName: string;
  caseId?: string | null;
  now: Date;
  locale?: string;
}

export function templateValues(ctx: ReplyContext): TemplateValues {
  const handle = ctx.brandHandle.trim();
  return {
    author: ctx.author.trim() || null,
    first_name: firstNameOf(ctx.author) || null,
    brand: ctx.brandName.trim() || null,
    handle: handle ? (handle.startsWith('@') ? handle : `@${handle}`) : null,
    my_name: ctx.myName.trim() || null,
    case_id: ctx.caseId ?? null,
    date: new Intl.DateTimeFormat(ctx.locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(ctx.now),
  };
}
