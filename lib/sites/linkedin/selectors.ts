import { cssString } from '../dom-helpers';

/**
 * Every LinkedIn selector, split by DOM generation (shared/sites.md §2.0: both coexist per
 * route and per account, so the adapter always runs both sets). Sources are the ones cited
 * in sites.md §2.1/§6; dates are the snapshot of that source. Confidence A = data-view-name /
 * componentkey / data-testid / role, C = legacy semantic classes. Hashed classes (D) never.
 */

/** v2: React SSR + SDUI ("dom-v2"), feed, post detail, search (2025-11 rollout onwards). */
export const V2 = {
  // Feed post = the listitem around the update (it also holds the comments section).
  // /feed/: trusthuman post/utils-v2/find-post-container.ts @0047d06a (2026-02-26); LinkOff POST_SELECTOR @f55c5fa (2026-06-25).
  postItem: 'div[role="listitem"]',
  // Content-only part of a post; does NOT contain the comments (trusthuman, same file).
  fullUpdate: '[data-view-name="feed-full-update"]',
  // Fallback when data-view-name disappears: feed listitems carry componentkey
  // "expanded<id>FeedType_MAIN_FEED_RELEVANCE" (no-noise-linkedin PR #10, 2026-03-15; [idx:8523383558]).
  postItemByKey: 'div[role="listitem"][componentkey*="FeedType_"]',
  // /feed/update/<urn>/ detail page container (trusthuman findPostContainerFromFeedUpdatePage, 2026-02-26).
  detailPage: '[data-view-name="feed-detail-page"]',
  // Encoded URN + sponsored flag (trusthuman utils-shared-v2/parse-tracking-scope.ts, 2026-02-26).
  trackingScope: '[data-view-tracking-scope]',
  // The one carrying a post's "served" event (the topic name is plain text in the attribute).
  updateScope: '[data-view-tracking-scope*="FeedUpdateServedEvent"]',
  // Post text: p[feed-commentary] > span[expandable-text-box] (trusthuman extract-post-caption.ts v2).
  commentary: '[data-view-name="feed-commentary"]',
  textBox: '[data-testid="expandable-text-box"]',
  // "… more" toggle inside the text box (aria-hidden button; job/feed scrapers in the code index, 2026).
  moreButton: '[data-testid="expandable-text-button"]',
  // Author: avatar link, name/headline/time are <p>s of the next sibling <a> (trusthuman extract-post-author-info.ts v2).
  actorImage: 'a[data-view-name="feed-actor-image"]',
  // "X reposted this" / "commented on this" banner ([idx:8523383558]); its avatar is NOT the author.
  headerText: '[data-view-name="feed-header-text"]',
  // Reshared inner post (not in sites.md: names seen in other extensions' lists in the code index, unverified).
  reshare: '[data-view-name="feed-reshared-content"], [data-view-name="feed-reshared-update"], [data-testid="reshared-content"]',
  // Promoted (trusthuman detect-promoted-post.ts v2; "View Sponsored Content" alt: code index 2026-09).
  sponsored: '[data-view-name*="sponsored"], img[alt="View Sponsored Content"]',
  // Counts (trusthuman click-comment-button.ts; [idx:8523383558]); text only, e.g. "1,024", "5 comments".
  reactionCount: '[data-view-name="feed-reaction-count"]',
  commentCount: '[data-view-name="feed-comment-count"]',
  repostCount: '[data-view-name="feed-repost-count"]',
  // Permalink and own-post analytics links (trusthuman extract-post-url.ts; OpenCLI posts-core.js @27ba33fc 2026-08-09).
  updateLink: 'a[href*="/feed/update/urn:li:"]',
  analyticsLink: 'a[href*="/analytics/post-summary/urn:li:"]',
  // Comments (trusthuman comment/utils-v2/extract-comment-url.ts, extract-post-comments.ts v2).
  comment: '[componentkey^="replaceableComment_urn:li:comment:"]',
  commentActor: 'a[data-view-name="comment-actor-description"], a[data-view-name="reply-actor-description"]',
  commentPicture: 'a[data-view-name="comment-actor-picture"], a[data-view-name="reply-actor-picture"]',
  commentText: '[data-view-name="comment-commentary"], [data-view-name="comment-reply-commentary"], [data-testid="expandable-text-box"]',
  // Reply boxes: see REPLY below.
  // Logged-in user: left rail (LinkOff identity-module @f55c5fa); <code> Me JSON in the interop iframe (trusthuman account/utils-v2).
  identityLink: '[data-view-name="identity-module"] a[href*="/in/"]',
  interopIframe: 'iframe[data-testid="interop-iframe"], iframe[src*="/preload/"]',
} as const;

/** v1: legacy Ember ("dom-v1"), still served on some routes, e.g. /in/<me>/recent-activity/ (sites.md §2.0). */
export const V1 = {
  // Post containers (trusthuman post/utils-v1/find-post-container.ts; LinkOff; OpenCLI timeline.js @27ba33fc).
  post: 'div[data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"], [data-urn^="urn:li:aggregate:"], [data-id^="urn:li:aggregate:"], .feed-shared-update-v2',
  urnHolder: '[data-urn], [data-id]',
  // Text (linkedin-spider text_selectors @c0276dc 2026-04-01; OpenCLI timeline.js).
  text: '.feed-shared-update-v2__description, .update-components-update-v2__commentary, .update-components-text',
  moreButton: '.feed-shared-inline-show-more-text__see-more-less-toggle',
  // Author (trusthuman extract-post-author-info.ts v1; OpenCLI): the aria-hidden copy is the visible one.
  actorLink: 'a.update-components-actor__meta-link, a.update-components-actor__image-link',
  // In priority order (tried one by one): the title's textContent alone gives "NameName".
  actorName: ['.update-components-actor__title span[dir="ltr"] > span[aria-hidden="true"]', '.update-components-actor__name', '.update-components-actor__title'],
  // Reshared inner post (OpenCLI / unslop-style reshare checks in the code index).
  reshare: '.update-components-mini-update-v2, .feed-shared-mini-update-v2, .update-components-reshared-content',
  // Counts (linkedin-spider likes_selectors; OpenCLI parseReactionCount; [idx:58220772959]).
  reactionCount: '.social-details-social-counts__reactions-count',
  commentCount: '.social-details-social-counts__comments, button[aria-label*="comments on"]',
  repostCount: 'button[aria-label*="reposts of"]',
  impressions: '.ca-entry-point__num-views',
  // Comments (trusthuman extract-post-comments.ts v1; linkedin-spider; [idx:59814065618]).
  comment: 'article.comments-comment-entity[data-id^="urn:li:comment:"], .comments-comment-item[data-id^="urn:li:comment:"]',
  commentActor: 'a.comments-comment-meta__description-container, a.comments-comment-meta__image-link, .comments-comment-meta__actor a, a.comments-post-meta__actor-link',
  commentName: '.comments-comment-meta__description-title, .comments-post-meta__name-text',
  commentText: '.comments-comment-item__main-content, .comments-comment-item-content-body',
  // Reply boxes: see REPLY below.
  // Logged-in user (LinkOff; pkanchi23/ColdEmailCopilot; trusthuman account/utils-v1).
  identityLink: '.feed-identity-module a[href*="/in/"]',
  mePhoto: 'img.global-nav__me-photo[alt]',
} as const;

/** Both generations. */
export const SHARED = {
  profileLink: 'a[href*="/in/"], a[href*="/company/"], a[href*="/showcase/"], a[href*="/school/"]',
  hidden: '.visually-hidden, .sr-only, .a11y-text, [hidden]',
  // The "Promoted" label is text (B, English-first + a few locales): exact short line only, so
  // "I was promoted to…" in a post never counts (see the adapter's label check).
  promotedLabel: /^(promoted|sponsored|gesponsert|sponsorisé|promocionado|patrocinado|promosso|gepromoot)(\s+by\b.*)?$/i,
  // Letters every label above contains (a new label must keep this true: fast-path.test.ts checks it).
  // A line without them cannot be the label, so most short lines skip the label test.
  promotedHint: /^(?=[^]*p)(?=[^]*o)/i,
  meType: 'com.linkedin.voyager.common.Me',
} as const;

/**
 * Reply boxes (Quick replies), both generations. v2 TipTap: trusthuman find-editable-field.ts,
 * watch-for-comment-editors.ts, submit-comment.ts (v2) @0047d06a (2026-02-26). v1 Quill: Briskine
 * editor-quill1.js @98b08dbe (2026-08-20); openclaw-skills dom-patterns.md. The inline reply box and
 * the post's box share one aria-label (v2): the adapter tells them apart by position ([idx:60355134491]).
 */
export const REPLY = {
  // The contenteditable root. Quill 1's hidden .ql-clipboard is contenteditable too but never .ql-editor.
  editor: [
    'div[data-view-name="comment-box"] div[contenteditable="true"]',
    '[aria-label="Text editor for creating comment"] div[contenteditable="true"]',
    '.comments-comment-box__form .ql-editor[contenteditable="true"]',
    '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
  ].join(', '),
  // One box (editor + its own buttons): v2 comment-box, v1 form.
  box: 'div[data-view-name="comment-box"], form.comments-comment-box__form, .comments-comment-box',
  submit: 'button[data-view-name="comment-post"], button.comments-comment-box__submit-button--cr, button.comments-comment-box__submit-button',
  // Post openers: v2 data-view-name (A); v1 aria-label (B); v1 action bar button named "Comment" (B+C).
  postOpener: 'button[data-view-name="feed-comment-button"], button[aria-label="Comment"]',
  actionBarButton: '.feed-shared-social-action-bar button',
  openerText: /^comment$/i,
  // Comment "Reply": v1 class (C); otherwise any button of the comment whose visible text is "Reply" (B).
  replyButtonV1: 'button.comments-comment-social-bar__reply-action-button--cr, button.comments-comment-social-bar__reply-action-button',
  replyText: /^reply$/i,
  // A reply (not a top-level comment): v2 reply-actor-* links (trusthuman extract-post-comments.ts v2), v1 --reply modifier.
  // Replies may follow their comment as siblings: they stay in its thread.
  actorLink: 'a[data-view-name$="-actor-picture"], a[data-view-name$="-actor-description"]',
  replyActor: 'a[data-view-name="reply-actor-picture"], a[data-view-name="reply-actor-description"]',
  replyEntity: '.comments-comment-entity--reply',
  // Containers a box is searched in: feed listitem, detail page, v1 update.
  postScope: 'div[role="listitem"], [data-view-name="feed-detail-page"], div[data-urn^="urn:li:"], [data-id^="urn:li:activity:"], [data-id^="urn:li:aggregate:"]',
} as const;

/** Any comment container, both generations. */
export const ANY_COMMENT = `${V2.comment}, ${V1.comment}`;
/** Any reshared inner post, both generations. */
export const ANY_RESHARE = `${V2.reshare}, ${V1.reshare}`;
/** A comment or a reshared post: what takes an element inside a post away from the post's own content. */
export const COMMENT_OR_RESHARE = `${ANY_COMMENT}, ${ANY_RESHARE}`;

/** Every container findPostElements can return: one query over a rescanned feed lists them in document order. */
export const POST_LISTING = [
  V2.fullUpdate, V2.postItemByKey, V1.post, V2.updateScope, ANY_COMMENT, V2.postItem, V2.detailPage,
].join(', ');

/** Where a post's URN can come from (adapter postUrn): an element without any of these is no post container. */
export const URN_SOURCES = [V2.trackingScope, V1.urnHolder, V2.updateLink, V2.analyticsLink, V2.detailPage].join(', ');

/** Links whose href holds `needle` in any ASCII case (mayBeOwn: candidates for the user's profile link). */
export const linkContaining = (needle: string): string => `a[href*="${cssString(needle)}" i]`;
