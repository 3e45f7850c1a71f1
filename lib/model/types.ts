/**
 * Plain, serialisable domain types shared by every layer (content script,
 * background, extension pages, backup files). No DOM, no browser APIs here.
 */

export const SITES = ['x', 'linkedin', 'facebook'] as const;
export type Site = (typeof SITES)[number];

export const SITE_LABELS: Record<Site, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};

export const TERM_KINDS = ['brand', 'product', 'handle', 'hashtag', 'person', 'competitor'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** A watchlist entry. `exclude` lists longer phrases whose occurrences are dropped ("acme anvils"). */
export interface Term {
  id: string;
  text: string;
  kind: TermKind;
  exclude: string[];
  /** Case-sensitive matching; off by default (product.md §1). */
  caseSensitive?: boolean;
}

export const POST_KINDS = ['issue', 'question', 'praise', 'other'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** Template categories are the same four as post kinds. */
export type TemplateCategory = PostKind;

export interface Template {
  id: string;
  name: string;
  category: TemplateCategory;
  body: string;
  /** Restrict to one site; null/undefined = every site. */
  site?: Site | null;
  /** Position in the library (ascending). */
  order: number;
}

/** Engagement numbers read off a post (own posts feed the engagement KPIs). */
export interface Engagement {
  likes?: number;
  comments?: number;
  reposts?: number;
  views?: number;
}

/**
 * What a site adapter reads from one post or comment: plain data only.
 * Produced in the content script, sent to the background, stored in Dexie.
 */
export interface PostData {
  site: Site;
  /** Stable id within the site: X status id, LinkedIn activity/comment URN, Facebook pfbid/story id/comment id. */
  postId: string;
  /** Canonical permalink without tracking parameters, or null when the page shows none. */
  url: string | null;
  /** Author display name ("" when not shown). */
  author: string;
  /** X: handle without @; LinkedIn/Facebook: profile URL. Null where not shown. */
  handle: string | null;
  /** Visible text of the post itself (quoted posts and comments excluded). */
  text: string;
  /** ISO 8601 when the page shows an absolute time, else null ("3h"). */
  postedAt: string | null;
  isComment: boolean;
  /** Post id of the post a comment belongs to, when known. */
  parentPostId?: string | null;
  isOwn: boolean;
  isPromoted: boolean;
  /** True when the text was cut by the site ("…more"), so matching saw only part of it. */
  truncated?: boolean;
  engagement?: Engagement | null;
}

/** One occurrence of a watchlist term in a text, as UTF-16 offsets into that text. */
export interface TermMatch {
  termId: string;
  /** The watchlist term's own text (what the backup's `terms` field lists). */
  termText: string;
  kind: TermKind;
  start: number;
  end: number;
}

/** Result of classifying a post's text (deterministic and explainable). */
export interface Classification {
  kind: PostKind;
  /** -1 (very negative) … 1 (very positive). */
  sentiment: number;
  /** 0 (none) … 1 (drop everything). */
  urgency: number;
  /** Human-readable reasons, e.g. "matched: never arrived". */
  reasons: string[];
}

/** A stored mention or own post (Dexie table `posts`, keyed by [site+postId]). */
export interface StoredPost extends PostData {
  /** Texts of the watchlist terms matched (brand and competitor). */
  terms: string[];
  kind: PostKind;
  sentiment: number;
  urgency: number;
  reasons: string[];
  /** Matched only competitor terms. */
  competitor: boolean;
  firstSeenAt: string;
  lastSeenAt: string;
}

export type MentionRole = 'mention' | 'competitor' | 'own' | 'promoted' | 'none';
