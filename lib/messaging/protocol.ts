import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Classification, PostData, PostKind, Site, TermMatch } from '../model/types';

/**
 * The one typed message protocol between content scripts, background and
 * extension pages (@webext-core/messaging: typed both ends, sendResponse/Promise
 * handling done right — see ../shared/e2e.md on fakeBrowser pitfalls).
 */

/** A post the content script saw that matched the watchlist (or is the user's own). */
export interface SeenPost {
  data: PostData;
  matches: Pick<TermMatch, 'termText' | 'kind'>[];
  classification: Classification;
  /** 'mention' (by others, brand terms), 'competitor' (only competitor terms) or 'own'. */
  role: 'mention' | 'competitor' | 'own';
  /** When the content script first saw it (ISO); the background keeps the earliest. */
  seenAt: string;
}

/** A sighting before classification: the background classifies it (seePosts). */
export type PostSighting = Omit<SeenPost, 'classification'>;

export interface SightingResult {
  classification: Classification;
  /** The post's case state after the sighting was stored (an issue's case opens then). */
  status: PostStatus | null;
  /** Stored; false when storage failed (the content script then queues the sighting and retries). */
  recorded: boolean;
}

export interface SiteHealthReport {
  site: Site;
  url: string;
  /** Posts the adapter recognised on this page so far. */
  postsFound: number;
  /** false = a page that should show posts showed none we could read. */
  ok: boolean;
  at: string;
}

export interface RecordResult {
  /** Posts stored for the first time in this call. */
  created: number;
  /** Posts already stored (revisits, recycled elements) that were refreshed. */
  updated: number;
}

/** The post a reply is for, as the content script knows it. */
export interface ReplyTarget {
  site: Site;
  postId: string;
  url: string | null;
  author: string;
  kind: PostKind;
}

export interface TemplateChoice {
  id: string;
  name: string;
  category: PostKind;
}

export interface ReplyOptions {
  templates: TemplateChoice[];
  suggestedId: string | null;
}

export interface RenderedReply {
  text: string;
  templateName: string;
  /** Variables with no value yet (rendered empty), e.g. ["my_name"]. */
  missing: string[];
  /** Set when the rendered text is over the site's length limit. */
  tooLong: string | null;
}

export interface ReplyRecord {
  site: Site;
  postId: string;
  url: string | null;
  /** Template name, null when typed by hand. */
  template: string | null;
  text: string;
  repliedAt: string;
  /** Unique per submission (retries of the same submission are stored once). */
  clientId: string;
}

export interface PostStatus {
  case: { id: string; state: 'open' | 'escalated' | 'resolved' | 'ignored'; category: string } | null;
  replied: boolean;
}

export interface CaseActionRequest {
  site: Site;
  postId: string;
  action: 'escalate' | 'resolve' | 'ignore' | 'reopen';
  /** Escalation category (Support, Billing, PR, Product or the user's own). */
  category?: string;
}

export interface CaseActionResult {
  ok: boolean;
  /** Why it failed, in words for the user. */
  message?: string;
  case?: NonNullable<PostStatus['case']>;
  escalation?: { subject: string; body: string; markdown: string; mailto: string; hasEmail: boolean };
}

interface ProtocolMap {
  /** Case state of posts, in order (chips of posts the sighting answer did not cover); one message per batch. */
  getPostStatuses(posts: { site: Site; postId: string }[]): PostStatus[];
  caseAction(request: CaseActionRequest): CaseActionResult;
  /** Escalation categories for the chip's Escalate menu. */
  getEscalationCategories(): { name: string; contactName: string; email: string }[];
  /** Extension pages changed cases: refresh the badge. */
  casesChanged(): void;
  getReplyOptions(target: ReplyTarget): ReplyOptions;
  /** Renders a template for a post; templateId null = the suggested one. */
  renderReply(request: { target: ReplyTarget; templateId: string | null }): RenderedReply | null;
  recordReply(reply: ReplyRecord): void;
  /** Background → content script: the keyboard shortcut was pressed in this tab. */
  openTemplatePicker(): void;
  /** Classify, store and answer with the case state, in one round trip (matched posts). */
  seePosts(sightings: PostSighting[]): SightingResult[];
  recordPosts(posts: SeenPost[]): RecordResult;
  reportHealth(report: SiteHealthReport): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
