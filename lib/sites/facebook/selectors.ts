/**
 * Every Facebook selector and UI label the adapter uses, in one place. Facebook's
 * classes are atomic and rotate per deploy (`x1yztbdb x1n2onr6 …`), so nothing here
 * keys on a class: only roles, aria-*, data-* attributes and URL shapes.
 * Sources and dates refer to /work/shared/sites.md §3 and §6.
 */

/** Home, group and page feeds. FCMF `src/selectors/news.js`/`groups.js` @ 81fe078 (2026-07-05); NFE `facebook.ts` (2026-08). */
export const FEED = 'div[role="feed"]';

/**
 * Modern feed post root (home feed, pages), carries aria-describedby/labelledby.
 * FCMF `prioritizedNewsPostQueries` (2026-07-05); OpenCLI #2089 (Aug 2026: no role=article on posts).
 */
export const POST_ROOT_MODERN = 'div[aria-posinset]';

/** Any role=article: the older post layout (groups, 2021–2024) and, on every layout, comments. FCMF; sites.md §3 pitfalls. */
export const ARTICLE = 'div[role="article"]';

/**
 * Comments and replies (localized prefixes; zh "留言 by"). A reply is its own article.
 * [idx:67105356128], [idx:57548396350], MrParkerZ7 `fb-auto-reply.md` (2026).
 */
export const COMMENT_LABEL_PREFIXES = ['Comment by ', 'Reply by ', '留言 by '];
export const COMMENT = COMMENT_LABEL_PREFIXES.map((p) => `${ARTICLE}[aria-label^="${p}"]`).join(',');

/** A role=article that is no comment: with the posinset unit, Facebook's declared post roots (adapter isDeclared). */
export const DECLARED_ROOT = `${POST_ROOT_MODERN},${ARTICLE}${COMMENT_LABEL_PREFIXES.map((p) => `:not([aria-label^="${p}"])`).join('')}`;

/** The ⋯ menu, exactly one per post (comments have "Actions for this comment"). OpenCLI `clis/facebook/feed.js` @ 27ba33fc (2026-08-09). */
export const POST_ACTIONS = '[aria-label="Actions for this post"],[aria-label="此帖子的操作"],[aria-label="针对此帖子的操作"]';

/** Post body wrapper and its message. rental-hunter `STORY_MESSAGE_SELECTOR` @ 1759193 (2025-08-10); browser-harness `pages.md` (2026-08-16). */
export const STORY_MESSAGE = '[data-ad-rendering-role="story_message"]';
export const MESSAGE = '[data-ad-preview="message"],[data-ad-comet-preview="message"]';

/** What findPostElements returns, climbs' ends aside: one query over a rescanned feed lists them in document order. */
export const POST_LISTING = [POST_ROOT_MODERN, ARTICLE, `${FEED} > *`].join(',');
/** Everything findPostElements queries for (a feed unit is found through its feed instead). */
export const ROOT_CANDIDATE = [POST_ROOT_MODERN, ARTICLE, FEED, POST_ACTIONS, STORY_MESSAGE].join(',');

/** Fallback text block when the data-ad attributes are missing (also comment bodies). rental-hunter; [idx:70104892975]. */
export const TEXT_BLOCK = 'div[dir="auto"][style*="text-align"]';
/** Comment body blocks: the name is a link, the words are div[dir=auto]. [idx:67105356128]; MrParkerZ7 `fb-auto-reply.md` (2026). */
export const COMMENT_BODY = 'div[dir="auto"]';

/** Author block: `h2/h3/h4 a[role=link] strong span`. rental-hunter `PROFILE_NAME_SELECTOR` (2025-08-10); browser-harness. */
export const PROFILE_NAME = '[data-ad-rendering-role="profile_name"]';
/** Author fallback (home feed and older group posts); the avatar anchor with the same href comes first and has no text, so
 * the adapter takes the first with text. OpenCLI `findAuthor` @ 27ba33fc (2026-08-09); longphamdev/facebook-group-monitor. */
export const AUTHOR_LINK_FALLBACK = 'h2 a[href], h3 a[href], h4 a[href], strong a[href], a[href] strong';
/** What makes the adapter's visible text differ from textContent: image alts, CSS `order` on a child. */
export const SHOWN_ODDLY = 'img,[style*="order:"]';

/** Permalink anchors by URL shape. browser-harness `pages.md`; OpenCLI `postUrlFrom` (2026-08-09); Maskbook `getPostID`. */
export const PERMALINK_LINK =
  'a[href*="/posts/"],a[href*="/permalink.php"],a[href*="/story.php"],a[href*="/permalink/"],a[href*="/photo"],a[href*="/videos/"],a[href*="/reel/"],a[href*="comment_id="]';

/** Absolute time: legacy abbr[data-utime] / abbr[title]; the modern feed shows only "2h" (tooltip on hover). sites.md §3 "Timestamp". */
export const ABSOLUTE_TIME = 'abbr[data-utime],[data-utime],abbr[title]';

/** "Sponsored" markers besides the label text: paid partnership link, labelled anchor. FCMF `isNewsPaidPartnership` (2026-07-05). */
export const SPONSORED_MARKERS =
  'a[href^="/business/help/"],a[href^="https://www.facebook.com/business/help/"],[aria-label="Sponsored"],a[href*="/ads/about"]';
/** Localized "Sponsored" labels (lowercase), compared after decoys are removed. FCMF i18n; OpenCLI `isSponsored`. */
export const SPONSORED_LABELS = ['sponsored', 'gesponsert', 'sponsorisé', 'patrocinado', 'sponsorizzato', 'gesponsord', 'sponsorowane', '赞助', '广告'];

/** Where engagement counts live: the reactions button, "12 comments"/"3 shares" buttons. [idx:67105356128]; [idx:60285717098]. */
export const ENGAGEMENT_CANDIDATES = '[role="button"],[aria-label*="react"]';

/**
 * Inline styles Facebook uses to hide anti-scrape decoys (digit runs, stray letters) inside
 * author/timestamp/"Sponsored" areas: OpenCLI issue #2089 (Aug 2026). Matched against the style attribute.
 */
export const HIDDEN_STYLE =
  /display:\s*none|visibility:\s*hidden|opacity:\s*0(?:\s*;|\s*$|\s*!)|font-size:\s*0(?:px)?\s*(?:;|$)|position:\s*absolute[^"]*top:\s*[1-9][\d.]*em/i;

/**
 * textSkip for the shared extractor: the "See more"/"See less" div[role=button] inside truncated
 * text (sites.md §0.4) and the same hidden decoys as CSS (opacity:0.5 must not match, hence the `;`/`$` forms).
 */
export const TEXT_SKIP = [
  '[role="button"]',
  '[style*="display:none"]',
  '[style*="display: none"]',
  '[style*="visibility:hidden"]',
  '[style*="visibility: hidden"]',
  '[style*="opacity:0;"]',
  '[style*="opacity: 0;"]',
  '[style$="opacity:0"]',
  '[style$="opacity: 0"]',
].join(',');

/** "See more" inside a truncated message (localized text, so only the role is keyed on). sites.md §0.4. */
export const SEE_MORE = '[role="button"]';

/** Page landmarks a post climb must never swallow (OpenCLI `LANDMARK_ROLES`, 2026-08-09). */
export const LANDMARK_ROLES = new Set(['main', 'feed', 'banner', 'navigation', 'complementary', 'contentinfo', 'region', 'dialog', 'form']);

/** Logged-in user. Briskine `plugins/facebook.js` (2026-08-20); [idx:70391889546]; dienp/fb-tools (c_user cookie). */
export const YOUR_PROFILE = '[aria-label="Your profile"]';
export const NAVIGATION_LINKS = 'div[role="navigation"] a[href]';
/** Composers naming the user: "Comment as Dana Whitfield" (Lexical, [idx:11369259841] Feb 2026), "What's on your mind, Dana?". */
export const COMPOSER_NAMED = '[aria-label^="Comment as "],[aria-label^="Answer as "],[aria-label^="What\'s on your mind, "],[aria-label^="What’s on your mind, "]';
export const COMMENT_AS = /^(?:Comment|Answer) as (.+)$/;
export const WHATS_ON_YOUR_MIND = /^What['’]s on your mind, (.+?)\?$/;

/*
 * Reply boxes (Quick replies). Comment composers are Lexical roots; Messenger chat boxes are Lexical
 * too, so a box counts only with a composer aria-label ([idx:11369259841] Feb 2026; [idx:62554538586];
 * [idx:54630769912]; sites.md §0.5, §3 "Comment box"). Labels are English (B): localise with them.
 */
export const COMMENT_EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
export const COMPOSER_LABEL_PREFIXES = ['Comment as ', 'Write a comment', 'Write a public comment', 'Reply to ', 'Answer as '];
/** A comment's reply box ("Reply to Marta Ruiz"); the post's own box has one of the other labels. */
export const REPLY_LABEL_PREFIX = 'Reply to ';
/** Replies ("Reply by …") follow their comment in a sibling list, not inside its article: they stay in its thread. */
export const REPLY_ARTICLE_PREFIX = 'Reply by ';
/** Post opener ([idx:8965000097]); some cohorts dropped the aria-label (OpenCLI #2089): then a button named "Comment". */
export const LEAVE_COMMENT = '[role="button"][aria-label="Leave a comment"]';
export const COMMENT_OPENER_TEXT = /^comment$/i;
/** Anything Facebook renders as a button (mostly div[role=button]). */
export const BUTTON = '[role="button"], button';
/** A comment's "Reply" role=button (text, B). MrParkerZ7 `fb-auto-reply.md` (2026). */
export const REPLY_OPENER_TEXT = /^reply$/i;
/** Send button beside the box, aria-disabled while empty ([idx:11369259841]; [idx:54534208923]). */
export const COMMENT_SUBMIT = '[role="button"][aria-label="Comment"], [role="button"][aria-label="Post comment"]';
/** The modern feed may open a post in a dialog with its own comment box. */
export const DIALOG = '[role="dialog"]';
