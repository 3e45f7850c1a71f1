import { getDb } from '../db';
import { listTemplates } from '../db/templates-repo';
import type { RenderedReply, ReplyOptions, ReplyRecord, ReplyTarget } from '../messaging/protocol';
import { getProfile } from '../settings/profile';
import { renderTemplate, replyLength, SITE_REPLY_LIMITS } from '../templates/render';
import { suggestTemplate, templatesForSite, templateValues } from '../templates/suggest';

/**
 * Quick replies, background side: the template library and the profile live
 * here (Dexie, extension origin), so the content script asks for the rendered
 * text and reports submitted replies.
 */

export async function getReplyOptions(target: ReplyTarget): Promise<ReplyOptions> {
  const templates = await listTemplates(getDb());
  const usable = templatesForSite(templates, target.site);
  return {
    templates: usable.map((t) => ({ id: t.id, name: t.name, category: t.category })),
    suggestedId: suggestTemplate(templates, target.site, target.kind)?.id ?? null,
  };
}

export async function renderReply(target: ReplyTarget, templateId: string | null): Promise<RenderedReply | null> {
  const db = getDb();
  const [templates, profile, existingCase] = await Promise.all([
    listTemplates(db),
    getProfile(),
    db.cases.where('[site+postId]').equals([target.site, target.postId]).first(),
  ]);
  const template = templateId ? templates.find((t) => t.id === templateId) : suggestTemplate(templates, target.site, target.kind);
  if (!template) return null;
  const values = templateValues({
    author: target.author,
    brandName: profile.brandName,
    brandHandle: profile.handle,
    myName: profile.myName,
    caseId: existingCase?.id ?? null,
    now: new Date(),
  });
  const rendered = renderTemplate(template.body, values);
  const limit = SITE_REPLY_LIMITS[target.site];
  const length = replyLength(rendered.text);
  return {
    text: rendered.text,
    templateName: template.name,
    missing: rendered.missing,
    tooLong: length > limit ? `${length} characters: over the ${limit}-character limit here.` : null,
  };
}

/** One event per submission: the id makes a retried message a no-op. */
export async function recordReply(reply: ReplyRecord): Promise<void> {
  await getDb().events.put({
    id: `reply:${reply.site}:${reply.postId}:${reply.clientId}`,
    type: 'reply',
    site: reply.site,
    postId: reply.postId,
    at: reply.repliedAt,
    data: { url: reply.url, template: reply.template, text: reply.text },
  });
}
