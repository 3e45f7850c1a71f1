/**
 * Every X/Twitter selector Earshot uses. Sources and dates are the ones in
 * /work/shared/sites.md §1 (CPFT = insin/control-panel-for-twitter script.js @ 0962235,
 * 2026-08-17; tweetyoink = mlamp/tweetyoink real outerHTML captures, Oct 2025).
 * Only data-testid, role, aria and href shapes: the react-native-web classes
 * (css-175oi2r r-18u37iz …) rotate per build and are never used.
 */

/** Timeline/status/search page: one tweet. CPFT `Selectors.TWEET`; tweetyoink fixtures. */
export const TWEET = 'article[data-testid="tweet"]';

/**
 * Fallback when data-testid="tweet" disappears: an article that still holds an author block.
 * Checked in code (not :has()) so it works in every engine. sites.md §1 "Post" fallback.
 */
export const TWEET_FALLBACK = 'article[role="article"]';

/** Author block: display-name link, @handle link (tabindex=-1), time link. CPFT; tweetyoink. */
export const USER_NAME = '[data-testid="User-Name"]';

/** The tweet's words; the first one outside a quote is the outer tweet's. CPFT; Maskbook. */
export const TWEET_TEXT = '[data-testid="tweetText"]';

/**
 * A quoted tweet: a div acting as a link (quotes are not <article>s), holding its own
 * User-Name/tweetText/time. CPFT `getQuotedTweetDetails`; tweetyoink `x-tweet-quote.html`.
 */
export const QUOTED = 'div[role="link"][tabindex="0"]';

/** Status permalink candidates; the one wrapping <time> is the tweet's own. OpenCLI reply.js; simonw/til. */
export const STATUS_LINK = 'a[href*="/status/"]';

/** "Show more" on long tweets (a button after tweetText). sites.md §0.4, [idx:58675571728]. */
export const SHOW_MORE = '[data-testid="tweet-text-show-more-link"]';

/**
 * Promoted tweets sit inside this wrapper. Only an ANCESTOR counts: X also wraps inline
 * video players in placementTracking, so "contains" would flag every video tweet.
 * CPFT `PROMOTED_TWEET_CONTAINER` (uses closest()); r7kamura/twitter-recommendation-block.
 */
export const PROMOTED_CONTAINER = '[data-testid="placementTracking"]';

/** "Jane reposted", "Pinned", sometimes "Promoted". CPFT `getTweetType`. */
export const SOCIAL_CONTEXT = '[data-testid="socialContext"]';

/** English ad labels shown in the top row (B: language-dependent). CPFT; sites.md §1 "Promoted". */
export const AD_LABELS: readonly string[] = ['Ad', 'Promoted'];

/** Action bar: aria-label "48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views". tweetyoink. */
export const ACTION_GROUP = 'div[role="group"][aria-label]';

/** Per-button fallbacks: aria-label "48 Replies. Reply" etc. CPFT (`$="like"` covers unlike). */
export const REPLY_BUTTON = '[data-testid="reply"]';
export const REPOST_BUTTON = '[data-testid$="retweet"]';
export const LIKE_BUTTON = '[data-testid$="like"]';
/** Views link in the action bar: aria-label "30142 views. View post analytics". CPFT; simonw/til. */
export const VIEWS_LINK = 'a[href$="/analytics"]';

/** Logged-in user: left-nav profile link href="/<handle>". Maskbook `sideBarProfileSelector`. */
export const PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]';
/** Fallback: avatar in the account switcher, testid suffix = handle. Maskbook; CPFT. */
export const ACCOUNT_SWITCHER_AVATAR =
  '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]';
export const AVATAR_PREFIX = 'UserAvatar-Container-';

/*
 * Reply boxes (Quick replies). Sources: sites.md §1 and §0.5 (OpenCLI clis/twitter/reply.js @27ba33fc,
 * 2026-08-09; CPFT script.js @0962235, 2026-08-17; browser-harness x/posting.md, 2026-08-16).
 */

/**
 * The Draft.js composer itself (contenteditable, role=textbox); threads add _1, _2…
 * The wrappers tweetTextarea_0_label / tweetTextarea_0RichTextInputContainer share the prefix,
 * hence [contenteditable]. The home "What is happening?!" composer carries the same testid.
 */
export const REPLY_EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"]';

/** The reply modal under #layers (CPFT `#layers`, OpenCLI); aria-labelledby="modal-header" as fallback. */
export const REPLY_DIALOG = '[role="dialog"][aria-modal="true"], div[aria-labelledby="modal-header"]';

/** Submit: tweetButton in the modal, tweetButtonInline under a focused tweet; aria-disabled="true" while empty. */
export const REPLY_SUBMIT = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
