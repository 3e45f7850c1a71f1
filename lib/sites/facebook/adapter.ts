/**
 * Facebook adapter: finds post units (modern layout without role=article, and the older
 * role=article layout) and comments, and reads them into plain data. Selectors live in
 * selectors.ts, string rules in parse.ts; this file only walks the DOM. Every entry point
 * swallows surprises: a layout change must degrade to "nothing found", never throw.
 */
import { extractText } from '../../dom/extract-text';
import type { Engagement } from '../../model/types';
import type { CurrentUser, FoundPost, SiteAdapter } from '../types';
import * as S from './selectors';
import {
  authorFromCommentLabel, cleanText, commentUrl, expectsPostsAt, hashPostId, isDecoyText, isOwnAuthor, isSponsoredLetters,
  parseAbsoluteTime, parseEngagementText, parsePermalink, parseProfileUrl, type Permalink, type Profile,
} from './parse';
import { facebookReply } from './reply';

const isEl = (n: unknown): n is HTMLElement => !!n && (n as Node).nodeType === 1;

/** Matches of `sel` inside root, root included (the runtime passes added subtrees). */
function within(root: ParentNode, sel: string): HTMLElement[] {
  const inner = [...root.querySelectorAll<HTMLElement>(sel)];
  return isEl(root) && root.matches(sel) ? [root, ...inner] : inner;
}

/** True when `node` sits in a comment other than `scope` itself (so post text never takes comment words). */
function inOtherComment(node: Element, scope: Element): boolean {
  const c = node.closest(S.COMMENT);
  return !!c && c !== scope && scope.contains(c);
}

function own<T extends Element>(scope: Element, sel: string, skip: readonly Element[] = []): T[] {
  return [...scope.querySelectorAll<T>(sel)].filter((e) => !inOtherComment(e, scope) && !skip.some((r) => r.contains(e)));
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /^(svg|script|style|template)$/i.test(el.tagName) || S.HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/** Text a reader sees: decoy nodes dropped, letter spans put in their CSS `order` (shuffled "Sponsored"). */
function visibleText(el: Element): string {
  const walk = (node: Element): string => {
    const kids = [...node.childNodes].map((n, i) => ({ n, i, o: isEl(n) ? Number(/order:\s*(-?\d+)/.exec(n.getAttribute('style') ?? '')?.[1] ?? 0) : 0 }));
    return kids
      .sort((a, b) => a.o - b.o || a.i - b.i)
      .map(({ n }) => (n.nodeType === 3 ? (n as Text).data : isEl(n) && !isHidden(n) ? (n.tagName === 'IMG' ? (n as unknown as HTMLImageElement).alt : walk(n)) : ''))
      .join('');
  };
  return cleanText(walk(el));
}

/** Facebook's own post roots: the modern posinset unit, or (older layout) a role=article that is not a comment. */
const isDeclared = (el: Element): boolean => el.matches(S.POST_ROOT_MODERN) || (el.matches(S.ARTICLE) && !el.matches(S.COMMENT));

/** Highest ancestor below a landmark that still holds exactly one `sel` (OpenCLI #2089 climb). */
function climb(anchor: HTMLElement, sel: string): HTMLElement {
  let node = anchor;
  for (let p = node.parentElement; p && p !== p.ownerDocument.body; p = p.parentElement) {
    if (S.LANDMARK_ROLES.has(p.getAttribute('role') ?? '') || p.matches(S.COMMENT) || own(p, sel).length > 1) break;
    node = p;
  }
  return node;
}

/** Post markers a single feed unit carries once; more than one means the child is not one post. */
function postMarkers(el: Element): number {
  const articles = own(el, S.ARTICLE).filter(isDeclared).length;
  return Math.max(own(el, S.POST_ACTIONS).length, own(el, S.POST_ROOT_MODERN).length, articles);
}

/** Outermost elements of a set (a wrapper and its inner div are one post / one paragraph). */
const outermost = <T extends Element>(els: Iterable<T>): T[] => {
  const set = new Set(els);
  return [...set].filter((e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (set.has(p as unknown as T)) return false;
    return true;
  });
};

/**
 * Posts: Facebook's declared roots (div[aria-posinset], non-comment role=article) win over
 * structural units (feed children, climbs from the ⋯ menu or the story message) of the same post,
 * so a scan of the document and a scan of an added subtree pick the same element.
 */
function findPostElements(root: ParentNode): HTMLElement[] {
  const inRoot = (el: HTMLElement): boolean => el.tagName === 'DIV' && !el.closest(S.COMMENT) && (root === el || root.contains(el));
  const declared = within(root, `${S.POST_ROOT_MODERN},${S.ARTICLE}`).filter((el) => isDeclared(el) && inRoot(el));
  const feeds = within(root, S.FEED).filter((f) => !f.parentElement?.closest(`${S.COMMENT},${S.POST_ROOT_MODERN}`));
  const children = feeds.flatMap((f) => [...f.children]);
  if (isEl(root) && root.parentElement?.matches(S.FEED)) children.push(root); // an appended unit: itself, not its siblings
  // Anchors under a declared root would only rediscover that root: skip the costly climb.
  const free = (el: Element): boolean => !el.parentElement?.closest(`${S.POST_ROOT_MODERN},${S.ARTICLE}`);
  const structural = [
    ...children.filter((c): c is HTMLElement => isEl(c) && postMarkers(c) <= 1),
    ...within(root, S.POST_ACTIONS).filter(free).map((el) => climb(el, S.POST_ACTIONS)),
    ...within(root, S.STORY_MESSAGE).filter(free).map((el) => climb(el, S.STORY_MESSAGE)),
  ].filter(inRoot);
  const roots = outermost(declared);
  const units = outermost(structural).filter((u) => !roots.some((r) => u.contains(r) || r.contains(u)));
  return [...roots, ...units, ...within(root, S.COMMENT)].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function postTextRoots(post: HTMLElement): HTMLElement[] {
  const story = own<HTMLElement>(post, S.STORY_MESSAGE)[0];
  if (story) return [story.querySelector<HTMLElement>(S.MESSAGE) ?? story];
  const message = own<HTMLElement>(post, S.MESSAGE)[0];
  if (message) return [message];
  return outermost(own<HTMLElement>(post, S.TEXT_BLOCK).filter((b) => !b.closest(`h2,h3,h4,${S.PROFILE_NAME}`)));
}

interface Author { name: string; profile: Profile | null }

/** First profile link with visible text: the avatar link (same href, no text) and group-name links are passed over. */
function readAuthor(scope: HTMLElement, skip: readonly Element[]): Author {
  const header = own<HTMLElement>(scope, S.PROFILE_NAME, skip)[0];
  const links = [
    ...(header ? own<HTMLElement>(header, 'a[href]') : []),
    ...own<HTMLElement>(scope, scope.matches(S.COMMENT) ? 'a[href]' : S.AUTHOR_LINK_FALLBACK, skip).map((e) => e.closest('a[href]')),
  ];
  for (const a of links) {
    if (!a) continue;
    const name = visibleText(a);
    const profile = parseProfileUrl(a.getAttribute('href') ?? '');
    if (name && profile && !isDecoyText(name)) return { name, profile };
  }
  return { name: header ? visibleText(header) : '', profile: null };
}

/** The post's own permalink: comment links and links inside the message belong to others. */
function postPermalink(post: HTMLElement, skip: readonly Element[]): Permalink | null {
  let media: Permalink | null = null;
  for (const a of own<HTMLAnchorElement>(post, S.PERMALINK_LINK, skip)) {
    const link = parsePermalink(a.getAttribute('href') ?? '');
    if (!link || link.commentId) continue;
    if (/\/(photo|videos|reel)\//.test(link.url)) media ??= link;
    else return link;
  }
  return media;
}

function readEngagement(post: HTMLElement, skip: readonly Element[]): Engagement | null {
  const out: Engagement = {};
  for (const el of own<HTMLElement>(post, S.ENGAGEMENT_CANDIDATES, skip)) {
    const text = el.textContent ?? '';
    for (const s of [el.getAttribute('aria-label') ?? '', text.length < 80 ? text : '']) {
      const e = parseEngagementText(s);
      for (const k of Object.keys(e) as (keyof Engagement)[]) out[k] ??= e[k];
    }
  }
  return Object.keys(out).length ? out : null;
}

function readPostedAt(scope: HTMLElement, skip: readonly Element[]): string | null {
  for (const el of own<HTMLElement>(scope, S.ABSOLUTE_TIME, skip)) {
    const iso = parseAbsoluteTime(el.getAttribute('data-utime'), el.getAttribute('title'));
    if (iso) return iso;
  }
  return null;
}

function isPromoted(post: HTMLElement, skip: readonly Element[]): boolean {
  if (own(post, S.SPONSORED_MARKERS, skip).length) return true;
  return own<HTMLElement>(post, 'a,span', skip).some((el) => {
    const raw = el.textContent ?? '';
    return raw.length >= 2 && raw.length <= 60 && isSponsoredLetters(visibleText(el), S.SPONSORED_LABELS);
  });
}

/** A "See more" button inside the text: matching saw only the visible part ("See less" = expanded). */
const hasSeeMore = (roots: Element[]): boolean =>
  roots.some((r) => [...r.querySelectorAll(S.SEE_MORE)].some((b) => !/less/i.test(b.textContent ?? '')));

const textOf = (roots: Element[]): string => (roots.length ? cleanText(extractText(roots, { skip: S.TEXT_SKIP, maxLength: 400 }).text) : '');

/**
 * A wrapper that now holds one of Facebook's declared roots (a shell filled in later), or an inner
 * root of an outer one, is not the post's container any more: reading it as null lets the runtime
 * unmark it, so one post never carries two chips.
 */
function isSuperseded(el: HTMLElement): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (isDeclared(p)) return true;
  return !isDeclared(el) && (!!el.querySelector(S.POST_ROOT_MODERN) || own(el, S.ARTICLE).some(isDeclared));
}

function readFeedPost(post: HTMLElement, user: CurrentUser | null): FoundPost | null {
  if (isSuperseded(post)) return null;
  const roots = postTextRoots(post);
  const author = readAuthor(post, roots);
  const link = postPermalink(post, roots);
  const text = textOf(roots);
  if (!link && !(author.name && text)) return null; // empty shell: read again when it fills in
  return {
    element: post,
    textRoots: roots,
    chipHost: post,
    data: {
      site: 'facebook',
      postId: link?.postId ?? hashPostId(author.name, text),
      url: link?.url ?? null,
      author: author.name,
      handle: author.profile?.url ?? null,
      postedAt: readPostedAt(post, roots),
      isComment: false,
      parentPostId: null,
      isOwn: isOwnAuthor(author.profile, author.name, user),
      isPromoted: isPromoted(post, roots),
      truncated: hasSeeMore(roots),
      engagement: readEngagement(post, roots),
    },
  };
}

/** The post unit around a comment (posinset/article/feed child/holder of the ⋯ menu), for its id when the comment has no link. */
function enclosingPostId(comment: HTMLElement): string | null {
  for (let p = comment.parentElement; p && !S.LANDMARK_ROLES.has(p.getAttribute('role') ?? ''); p = p.parentElement) {
    const unit = isDeclared(p) || p.parentElement?.matches(S.FEED) || !!p.querySelector(S.POST_ACTIONS);
    if (unit) return postPermalink(p, postTextRoots(p))?.postId ?? null;
  }
  return null;
}

function readComment(comment: HTMLElement, user: CurrentUser | null): FoundPost | null {
  const author = readAuthor(comment, []);
  const nameLinks = own<HTMLElement>(comment, 'a[href]').filter((a) => visibleText(a) === author.name);
  const roots = outermost(own<HTMLElement>(comment, S.COMMENT_BODY).filter((d) => !nameLinks.some((a) => a.contains(d) || d.contains(a))));
  const name = author.name || authorFromCommentLabel(comment.getAttribute('aria-label') ?? '', S.COMMENT_LABEL_PREFIXES);
  const link = own<HTMLAnchorElement>(comment, 'a[href*="comment_id="]')
    .map((a) => parsePermalink(a.getAttribute('href') ?? ''))
    .find((l) => l?.commentId);
  const text = textOf(roots);
  if (!link && !(name && text)) return null;
  const parentPostId = link?.postId ?? enclosingPostId(comment);
  const own_ = link ? `c${link.commentId!}` : hashPostId(name, text);
  return {
    element: comment,
    textRoots: roots,
    chipHost: comment,
    data: {
      site: 'facebook',
      postId: parentPostId ? `${parentPostId}_${own_}` : own_,
      url: link ? commentUrl(link) : null,
      author: name,
      handle: author.profile?.url ?? null,
      postedAt: readPostedAt(comment, roots),
      isComment: true,
      parentPostId,
      isOwn: isOwnAuthor(author.profile, author.name, user),
      isPromoted: false,
      truncated: hasSeeMore(roots),
      engagement: null,
    },
  };
}

function readCurrentUser(doc: Document): CurrentUser | null {
  const labels = [...doc.querySelectorAll(S.COMPOSER_NAMED)].map((e) => e.getAttribute('aria-label') ?? '');
  const fullName = labels.map((l) => S.COMMENT_AS.exec(l)?.[1]).find(Boolean);
  const name = cleanText(fullName ?? labels.map((l) => S.WHATS_ON_YOUR_MIND.exec(l)?.[1]).find(Boolean) ?? '');
  const anchors = [...doc.querySelectorAll(S.YOUR_PROFILE)].map((e) => e.closest('a[href]') ?? e.querySelector('a[href]'));
  const links = [...anchors, ...doc.querySelectorAll(S.NAVIGATION_LINKS)].filter(isEl);
  const profiles = links
    .map((a) => ({ a, p: parseProfileUrl(a.getAttribute('href') ?? ''), text: visibleText(a) || a.getAttribute('aria-label') || '' }))
    .filter((x): x is { a: HTMLElement; p: Profile; text: string } => !!x.p && !!x.text);
  // A link named like the composer's user; without a name, the left rail's first item (avatar + name).
  // Never any profile link: a Page's tabs (/NorthwindCoffee "Posts") would make its posts "own".
  const first = name.split(' ')[0] ?? '';
  const mine = name
    ? profiles.find((x) => x.text === name || (!fullName && x.text.startsWith(`${first} `)))
    : profiles.find((x) => x.a.querySelector('svg,img'));
  let cookieId: string | null = null;
  try {
    cookieId = /(?:^|;\s*)c_user=(\d+)/.exec(doc.cookie)?.[1] ?? null;
  } catch {
    // cookie may be unreadable (sandboxed documents)
  }
  const id = cookieId ?? mine?.p.id ?? null;
  const profileUrl = mine?.p.url ?? (cookieId ? `https://www.facebook.com/profile.php?id=${cookieId}` : null);
  const displayName = fullName ? name : mine?.text || name || null;
  return id || displayName ? { id, profileUrl, name: displayName } : null;
}

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  textSkip: S.TEXT_SKIP,
  matchesHost: (h) => /^(?:www\.|web\.)?facebook\.com$/i.test(h),
  findPostElements(root) {
    try {
      return findPostElements(root);
    } catch {
      return [];
    }
  },
  readPost(element, user) {
    try {
      return element.matches(S.COMMENT) ? readComment(element, user) : readFeedPost(element, user);
    } catch {
      return null;
    }
  },
  readCurrentUser(doc) {
    try {
      return readCurrentUser(doc);
    } catch {
      return null;
    }
  },
  expectsPosts(url) {
    try {
      return expectsPostsAt(url.pathname);
    } catch {
      return false;
    }
  },
  reply: facebookReply,
};
