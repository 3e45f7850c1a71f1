/**
 * X/Twitter adapter: reads tweets from X's react-native-web DOM through the selectors in
 * selectors.ts only. Every read is defensive: X re-renders, recycles and half-renders
 * articles, so anything missing yields null/[] rather than an exception.
 */
import type { Engagement } from '../../model/types';
import { extractText } from '../../dom/extract-text';
import type { CurrentUser, FoundPost, SiteAdapter } from '../types';
import { xReply } from './reply';
import * as S from './selectors';
import {
  canonicalStatusUrl, handleFromProfileHref, isHandle, pageExpectsPosts, parseButtonCount, parseCount,
  parseEngagementLabel, parseStatusPath,
} from './parse';

/** Articles that may be tweets; isTweetArticle decides. */
const CANDIDATES = `${S.TWEET}, ${S.TWEET_FALLBACK}`;
const HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);

/** A tweet article: the testid, or (layout changed) any article that still has an author block. */
function isTweetArticle(el: Element): boolean {
  return el.matches(S.TWEET) || (el.matches(S.TWEET_FALLBACK) && el.querySelector(S.USER_NAME) !== null);
}

/** Nested articles (X shows unavailable quoted tweets as one) belong to their outer tweet. */
function isOuter(el: Element): boolean {
  const outer = el.parentElement?.closest('article');
  return !outer || !isTweetArticle(outer);
}

/** Matches that belong to this article itself: not to a quoted tweet or a nested article. */
function ownAll(article: Element, selector: string): Element[] {
  return Array.from(article.querySelectorAll(selector)).filter((el) => {
    const quote = el.closest(S.QUOTED);
    return !(quote && article.contains(quote)) && el.closest('article') === article;
  });
}

/** Visible text with emoji <img> alts, whitespace collapsed (names, labels). */
function plainText(el: Element | null | undefined): string {
  return el ? extractText([el], { maxLength: 500 }).text.replace(/\s+/g, ' ').trim() : '';
}

/** The tweet's own permalink: the status link wrapping <time> (timeline) or the focused tweet's bar. */
function findPermalink(article: Element): HTMLAnchorElement | null {
  const links = ownAll(article, S.STATUS_LINK) as HTMLAnchorElement[];
  const valid = links.filter((a) => parseStatusPath(a.getAttribute('href') ?? '') !== null);
  const inUserName = (a: Element): boolean => a.closest(S.USER_NAME) !== null;
  // Promoted tweets show "Ad" instead of a time: their analytics/photo links still carry the id.
  const notText = (a: Element): boolean => a.closest(S.TWEET_TEXT) === null;
  return valid.find((a) => a.querySelector('time')) ?? valid.find(inUserName) ?? valid.find(notText) ?? null;
}

/** Handle when the permalink has none (/i/web/status/…): the @handle link, then "@name" text. */
function readHandle(userName: Element | undefined): string | null {
  const links = Array.from(userName?.querySelectorAll('a[href]') ?? []);
  const fromLink = links.map((a) => handleFromProfileHref(a.getAttribute('href') ?? '')).find(Boolean);
  const m = /@([A-Za-z0-9_]{1,15})/.exec(userName?.textContent ?? '');
  return fromLink ?? (m && isHandle(m[1]!) ? m[1]! : null);
}

function readPostedAt(permalink: Element | null, article: Element): string | null {
  const time = permalink?.querySelector('time[datetime]') ?? ownAll(article, 'time[datetime]')[0];
  const ms = Date.parse(time?.getAttribute('datetime') ?? '');
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Promoted: inside the ad wrapper, or an "Ad"/"Promoted" label outside the text and author name. */
function readPromoted(article: Element): boolean {
  if (article.closest(S.PROMOTED_CONTAINER)) return true;
  return ownAll(article, `${S.SOCIAL_CONTEXT}, span`).some(
    (el) =>
      !el.closest(`${S.TWEET_TEXT}, ${S.USER_NAME}`) &&
      el.children.length === 0 &&
      S.AD_LABELS.includes((el.textContent ?? '').trim()),
  );
}

function readEngagement(article: Element, permalink: Element | null): Engagement | null {
  const group = ownAll(article, S.ACTION_GROUP)[0];
  const out: Engagement = parseEngagementLabel(group?.getAttribute('aria-label') ?? '');
  const label = (sel: string): string | null | undefined => {
    const el = ownAll(article, sel).find((b) => !group || group.contains(b));
    return el ? el.getAttribute('aria-label') : undefined;
  };
  // The label omits zero items; the buttons name them (a bare "Reply" is 0) in any language.
  const fill = (key: keyof Engagement, value: number | null | undefined): void => {
    if (out[key] === undefined && value != null) out[key] = value;
  };
  fill('comments', parseButtonCount(label(S.REPLY_BUTTON)));
  fill('reposts', parseButtonCount(label(S.REPOST_BUTTON)));
  fill('likes', parseButtonCount(label(S.LIKE_BUTTON)));
  fill('views', parseCount(label(S.VIEWS_LINK) ?? ''));
  // Focused tweet: "9:12 AM · Nov 23, 2026 · 29.9K Views" next to the permalink, not in the bar.
  for (let el = permalink?.parentElement, i = 0; out.views === undefined && el && i < 3; el = el.parentElement, i++) {
    const m = /(\d[\d.,]*\s?[KMB]?)\s*Views\b/i.exec(el.textContent ?? '');
    fill('views', m ? parseCount(m[1]!) : null);
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** Status id of the page (x.com/<handle>/status/<id>); documents without a location have none. */
function pageStatusId(doc: Document): string | null {
  const href = doc.location?.href;
  return href ? (parseStatusPath(href)?.id ?? null) : null;
}

/** Replies on a status page: not the focused tweet (tabindex=-1), not the thread above it. */
function isReply(article: HTMLElement, postId: string, pageId: string | null): boolean {
  if (!pageId || postId === pageId || article.getAttribute('tabindex') === '-1') return false;
  const focused = Array.from(article.ownerDocument.querySelectorAll('article[tabindex="-1"]')).find(isTweetArticle);
  return !focused || (focused.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * The tweet's own text element: the first tweetText outside a quoted tweet. The common case —
 * the first tweetText of the article, with no quote or nested article between them — costs one
 * query and a walk up to the article.
 */
function ownTextRoots(article: HTMLElement): Element[] {
  const first = article.querySelector(S.TWEET_TEXT);
  if (!first) return [];
  // The first text is the tweet's own unless a quoted tweet or a nested article holds it: one
  // native ancestor query (the nearest of either is the tweet itself when nothing is between).
  const plain = first.parentElement?.closest(`article, ${S.QUOTED}`) === article;
  const own = plain ? first : ownAll(article, S.TWEET_TEXT)[0];
  return own ? [own] : [];
}

function readTextRoots(article: HTMLElement): Element[] | null {
  try {
    return isTweetArticle(article) ? ownTextRoots(article) : null;
  } catch {
    return null;
  }
}

/**
 * Own = the author's handle (the permalink's /<handle>/status/…, else the User-Name links or the
 * "@handle" text) equals the user's. The author block holds the @handle link and text whichever
 * of them readPost used; without an author block (layout changed) the whole article is searched.
 */
function mayBeOwn(article: HTMLElement, user: CurrentUser | null): boolean {
  try {
    const id = user?.id;
    if (!id || !isHandle(id)) return false;
    const block = article.querySelector(S.USER_NAME);
    if ((block ?? article).querySelector(`a[href*="/${id}" i]`)) return true;
    return (block?.textContent ?? '').toLowerCase().includes(`@${id.toLowerCase()}`);
  } catch {
    return true;
  }
}

function readPost(article: HTMLElement, user: CurrentUser | null): FoundPost | null {
  try {
    if (!isTweetArticle(article)) return null;
    const permalink = findPermalink(article);
    const status = permalink ? parseStatusPath(permalink.getAttribute('href') ?? '') : null;
    if (!status) return null; // skeleton or half-rendered: the runtime retries on the next mutation
    const userName = ownAll(article, S.USER_NAME)[0];
    const handle = status.handle ?? readHandle(userName);
    const pageId = pageStatusId(article.ownerDocument);
    const comment = isReply(article, status.id, pageId);
    return {
      element: article,
      textRoots: ownTextRoots(article),
      chipHost: article,
      data: {
        site: 'x',
        postId: status.id,
        url: canonicalStatusUrl(handle, status.id),
        author: plainText(userName?.querySelector('a') ?? userName?.firstElementChild),
        handle,
        postedAt: readPostedAt(permalink, article),
        isComment: comment,
        parentPostId: comment ? pageId : null,
        isOwn: !!handle && !!user?.id && handle.toLowerCase() === user.id.toLowerCase(),
        isPromoted: readPromoted(article),
        truncated: ownAll(article, S.SHOW_MORE).length > 0,
        engagement: readEngagement(article, permalink),
      },
    };
  } catch {
    return null;
  }
}

function findPostElements(root: ParentNode): HTMLElement[] {
  try {
    const found: HTMLElement[] = [];
    if (root.nodeType === Node.ELEMENT_NODE && (root as Element).matches(CANDIDATES)) found.push(root as HTMLElement);
    found.push(...(Array.from(root.querySelectorAll(CANDIDATES)) as HTMLElement[]));
    return found.filter((el) => isTweetArticle(el) && isOuter(el));
  } catch {
    return [];
  }
}

function readCurrentUser(doc: Document): CurrentUser | null {
  try {
    let id = handleFromProfileHref(doc.querySelector(S.PROFILE_LINK)?.getAttribute('href') ?? '');
    if (!id) {
      const suffix = doc.querySelector(S.ACCOUNT_SWITCHER_AVATAR)?.getAttribute('data-testid')?.slice(S.AVATAR_PREFIX.length);
      id = suffix && isHandle(suffix) ? suffix : null;
    }
    return id ? { id, profileUrl: `https://x.com/${id}`, name: null } : null;
  } catch {
    return null;
  }
}

export const xAdapter: SiteAdapter = {
  site: 'x',
  textSkip: S.SHOW_MORE,
  // Inside tweetText X renders @mentions in inline divs; none of them starts a line.
  textInline: 'div',
  matchesHost: (hostname) => HOSTS.has(hostname.toLowerCase()),
  findPostElements,
  readPost,
  readTextRoots,
  mayBeOwn,
  readCurrentUser,
  expectsPosts: (url) => {
    try {
      return pageExpectsPosts(url);
    } catch {
      return false;
    }
  },
  reply: xReply,
};
