/**
 * Facebook adapter: finds post units (modern layout without role=article, and the older
 * role=article layout) and comments, and reads them into plain data. Selectors live in
 * selectors.ts, string rules in parse.ts; this file only walks the DOM. Every entry point
 * swallows surprises: a layout change must degrade to "nothing found", never throw.
 */
import { extractText } from '../../dom/extract-text';
import type { Engagement } from '../../model/types';
import { inDocumentOrder, neverThrow, overlapTest, splitSelector, withinAny } from '../dom-helpers';
import type { CurrentUser, FoundPost, SiteAdapter } from '../types';
import * as S from './selectors';
import {
  authorFromCommentLabel, cleanText, commentUrl, expectsPostsAt, hashPostId, isDecoyText, isOwnAuthor, isSponsoredLetters, isSubsequence,
  mayHaveLetters, parseAbsoluteTime, parseEngagementText, parsePermalink, parseProfileUrl, type Permalink, type Profile,
} from './parse';
import { facebookReply } from './reply';

const isEl = (n: unknown): n is HTMLElement => !!n && (n as Node).nodeType === 1;

// One query per simple selector: browsers answer those far faster than one query for a list.
const ACTIONS = splitSelector(S.POST_ACTIONS);
const ARTICLES = splitSelector(S.ARTICLE);
const UNITS = splitSelector(S.POST_ROOT_MODERN);
const FEEDS = splitSelector(S.FEED);
const STORIES = splitSelector(S.STORY_MESSAGE);

/** True when `node` sits in a comment other than `scope` itself (so post text never takes comment words). */
function inOtherComment(node: Element, scope: Element): boolean {
  const c = node.closest(S.COMMENT);
  return !!c && c !== scope && scope.contains(c);
}

/** Matches of `sel` in scope that are its own: in no comment inside it, under no `skip` root. */
function own<T extends Element>(scope: Element, sel: string, skip: readonly Element[] = []): T[] {
  const found = [...scope.querySelectorAll<T>(sel)];
  // Without a role=article inside the scope no match can sit in a comment: one cheap query instead of a walk up per match.
  const nested = found.length > 0 && !!scope.querySelector(S.ARTICLE);
  return found.filter((e) => !(nested && inOtherComment(e, scope)) && !skip.some((r) => r.contains(e)));
}

/** own(scope, sel)[0], in one query when the first match is the scope's own (the usual case). */
function firstOwn<T extends Element>(scope: Element, sel: string): T | undefined {
  const first = scope.querySelector<T>(sel);
  if (!first) return undefined;
  return inOtherComment(first, scope) ? own<T>(scope, sel)[0] : first;
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /^(svg|script|style|template)$/i.test(el.tagName) || S.HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

const CSS_ORDER = /order:\s*(-?\d+)/;

/** A node's children in reading order: by CSS `order` when one of them sets it, else as in the DOM (no sort). */
function readingOrder(node: Element): Iterable<ChildNode> {
  const kids = node.childNodes;
  for (const n of kids) {
    if (!isEl(n) || !CSS_ORDER.test(n.getAttribute('style') ?? '')) continue;
    return [...kids]
      .map((k, i) => ({ k, i, o: isEl(k) ? Number(CSS_ORDER.exec(k.getAttribute('style') ?? '')?.[1] ?? 0) : 0 }))
      .sort((a, b) => a.o - b.o || a.i - b.i)
      .map(({ k }) => k);
  }
  return kids;
}

/** Text a reader sees: decoy nodes dropped, letter spans put in their CSS `order` (shuffled "Sponsored"). */
function visibleText(el: Element): string {
  const walk = (node: Element): string => {
    let out = '';
    for (const n of readingOrder(node)) {
      if (n.nodeType === 3) out += (n as Text).data;
      else if (isEl(n) && !isHidden(n)) out += n.tagName === 'IMG' ? (n as unknown as HTMLImageElement).alt : walk(n);
    }
    return out;
  };
  return cleanText(walk(el));
}

/** Facebook's own post roots: the modern posinset unit, or (older layout) a role=article that is not a comment. */
const isDeclared = (el: Element): boolean => el.matches(S.POST_ROOT_MODERN) || (el.matches(S.ARTICLE) && !el.matches(S.COMMENT));

/** own(scope, sel).length > 1, stopping at the second. */
function ownsTwo(scope: Element, sel: string): boolean {
  let n = 0;
  for (const e of scope.querySelectorAll(sel)) if (!inOtherComment(e, scope) && ++n > 1) return true;
  return false;
}

/** Highest ancestor below a landmark that still holds exactly one `sel` (OpenCLI #2089 climb). */
function climb(anchor: HTMLElement, sel: string): HTMLElement {
  let node = anchor;
  for (let p = node.parentElement; p && p !== p.ownerDocument.body; p = p.parentElement) {
    if (S.LANDMARK_ROLES.has(p.getAttribute('role') ?? '') || p.matches(S.COMMENT) || ownsTwo(p, sel)) break;
    node = p;
  }
  return node;
}

/** A scope's role=article, ⋯ menu and posinset matches, itself included (findPostElements has them at hand for its root). */
interface Markers { articles: Iterable<Element>; actions: Iterable<Element>; units: Iterable<Element> }

/**
 * Post markers a single feed unit carries once; more than one means the child is not one post.
 * `nested` false: no comment inside `el`, so no marker sits in one.
 */
function postMarkers(el: Element, found?: Markers, nested = true): number {
  const m = found ?? { articles: el.querySelectorAll(S.ARTICLE), actions: withinAny(el, ACTIONS), units: el.querySelectorAll(S.POST_ROOT_MODERN) };
  const count = (list: Iterable<Element>, test: (e: Element) => boolean = () => true): number => {
    let n = 0;
    for (const e of list) if (e !== el && el.contains(e) && !(nested && inOtherComment(e, el)) && test(e)) n += 1;
    return n;
  };
  return Math.max(count(m.actions), count(m.units), count(m.articles, isDeclared));
}

/** Outermost elements of a set (a wrapper and its inner div are one post / one paragraph). */
const outermost = <T extends Element>(els: Iterable<T>): T[] => {
  const set = new Set(els);
  if (set.size < 2) return [...set];
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
  // One test of the root against everything queried below: usually it is none of them (an added
  // feed unit), and a leaf (a placeholder, a highlight) that is none of them, nor a feed unit, holds no post.
  const rootMayMatch = isEl(root) && root.matches(S.ROOT_CANDIDATE);
  if (isEl(root) && !rootMayMatch && !root.firstElementChild && !root.parentElement?.matches(S.FEED)) return [];
  const articles = withinAny(root, ARTICLES, rootMayMatch); // posts of the older layout, and every comment
  const comments = [...articles].filter((a) => a.matches(S.COMMENT));
  // Inside root, an element is in a comment only if root is in one or holds one: most scans walk up once.
  const rootInComment = isEl(root) && !!root.closest(S.COMMENT);
  const inComment = (el: HTMLElement): boolean => rootInComment || (comments.length > 0 && !!el.closest(S.COMMENT));
  const inRoot = (el: HTMLElement): boolean => (root === el || root.contains(el)) && el.tagName === 'DIV' && !inComment(el);
  const units = withinAny(root, UNITS, rootMayMatch);
  const declared = [...new Set([...units, ...articles])].filter((el) => isDeclared(el) && inRoot(el));
  const feeds = [...withinAny(root, FEEDS, rootMayMatch)].filter((f) => !f.parentElement?.closest(`${S.COMMENT},${S.POST_ROOT_MODERN}`));
  const children = feeds.flatMap((f) => [...f.children]);
  if (isEl(root) && root.parentElement?.matches(S.FEED)) children.push(root); // an appended unit: itself, not its siblings
  const actions = withinAny(root, ACTIONS, rootMayMatch);
  const markers = (c: Element): number => (c === root ? postMarkers(c, { articles, actions, units }, comments.length > 0) : postMarkers(c));
  // Anchors under a declared root would only rediscover that root: skip the costly climb.
  const free = (el: Element): boolean => !el.parentElement?.closest(`${S.POST_ROOT_MODERN},${S.ARTICLE}`);
  const structural = [
    ...children.filter((c): c is HTMLElement => isEl(c) && markers(c) <= 1),
    ...[...actions].filter(free).map((el) => climb(el, S.POST_ACTIONS)),
    ...[...withinAny(root, STORIES, rootMayMatch)].filter(free).map((el) => climb(el, S.STORY_MESSAGE)),
  ].filter(inRoot);
  const roots = outermost(declared);
  const overlapsRoot = overlapTest(roots);
  const found = outermost(structural).filter((u) => !overlapsRoot(u));
  return inDocumentOrder([...roots, ...found, ...comments], root, S.POST_LISTING);
}

/** The post's own words (readPost, readTextRoots and mayBeOwn all use this, so they cannot disagree). */
function postTextRoots(post: HTMLElement): HTMLElement[] {
  const story = firstOwn<HTMLElement>(post, S.STORY_MESSAGE);
  if (story) return [story.querySelector<HTMLElement>(S.MESSAGE) ?? story];
  const message = firstOwn<HTMLElement>(post, S.MESSAGE);
  if (message) return [message];
  return outermost(own<HTMLElement>(post, S.TEXT_BLOCK).filter((b) => !b.closest(`h2,h3,h4,${S.PROFILE_NAME}`)));
}

interface Author { name: string; profile: Profile | null }

/** First profile link with visible text: the avatar link (same href, no text) and group-name links are passed over. */
function readAuthor(scope: HTMLElement, skip: readonly Element[]): Author {
  const header = own<HTMLElement>(scope, S.PROFILE_NAME, skip)[0];
  const pick = (links: Iterable<Element | null>): Author | null => {
    for (const a of links) {
      if (!a) continue;
      const name = visibleText(a);
      const profile = parseProfileUrl(a.getAttribute('href') ?? '');
      if (name && profile && !isDecoyText(name)) return { name, profile };
    }
    return null;
  };
  // The header's links first; the fallback query only when none of them names the author.
  return pick(header ? own<HTMLElement>(header, 'a[href]') : [])
    ?? pick(own<HTMLElement>(scope, scope.matches(S.COMMENT) ? 'a[href]' : S.AUTHOR_LINK_FALLBACK, skip).map((e) => e.closest('a[href]')))
    ?? { name: header ? visibleText(header) : '', profile: null };
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

/**
 * A short a/span whose visible letters spell "Sponsored". Its letters must all be in its text
 * (images aside, whose alt joins the visible text): that check spares most spans the walk and sort.
 */
function isSponsoredLabel(el: HTMLElement): boolean {
  const raw = el.textContent ?? '';
  if (raw.length < 2 || raw.length > 60) return false;
  if (!mayHaveLetters(raw, S.SPONSORED_LABELS) && !el.querySelector('img')) return false;
  return isSponsoredLetters(visibleText(el), S.SPONSORED_LABELS);
}

function isPromoted(post: HTMLElement, skip: readonly Element[]): boolean {
  if (own(post, S.SPONSORED_MARKERS, skip).length) return true;
  // The label test first: it rules out nearly every span without a DOM lookup.
  return [...post.querySelectorAll<HTMLElement>('a,span')].some((el) =>
    isSponsoredLabel(el) && !inOtherComment(el, post) && !skip.some((r) => r.contains(el)));
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
  if (el.parentElement?.closest(S.DECLARED_ROOT)) return true;
  if (isDeclared(el)) return false;
  // A posinset unit inside counts wherever it is; a role=article post only outside comments.
  for (const d of el.querySelectorAll(S.DECLARED_ROOT)) if (d.matches(S.POST_ROOT_MODERN) || !inOtherComment(d, el)) return true;
  return false;
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

/**
 * A comment's words: its div[dir=auto] blocks, less those around or inside the author's name link.
 * Usually no block touches a link at all, and then the name need not be read.
 */
function commentTextRoots(comment: HTMLElement, authorName: () => string): HTMLElement[] {
  const bodies = own<HTMLElement>(comment, S.COMMENT_BODY);
  const touchesLink = (d: HTMLElement): boolean => !!d.querySelector('a[href]') || comment.contains(d.closest('a[href]'));
  if (!bodies.some(touchesLink)) return outermost(bodies);
  const name = authorName();
  const nameLinks = own<HTMLElement>(comment, 'a[href]').filter((a) => visibleText(a) === name);
  return outermost(bodies.filter((d) => !nameLinks.some((a) => a.contains(d) || d.contains(a))));
}

function readComment(comment: HTMLElement, user: CurrentUser | null): FoundPost | null {
  const author = readAuthor(comment, []);
  const roots = commentTextRoots(comment, () => author.name);
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

/** The text roots readPost would give, without the rest of the read; null for a wrapper that a declared root superseded. */
function readTextRoots(el: HTMLElement): Element[] | null {
  if (el.matches(S.COMMENT)) return commentTextRoots(el, () => readAuthor(el, []).name);
  return isSuperseded(el) ? null : postTextRoots(el);
}

/** What can make a post the user's own (isOwnAuthor), as checks of the post's links; null when nothing can. */
interface OwnHints {
  /** The user's ids, lower-cased: an href holding one (in any case) may be the user's profile link. */
  ids: string[];
  /** The user's name without spaces, when the author's name can decide: ids of at most one shape (numeric or vanity). */
  nameLetters: string | null;
}
/** Per user object (the runtime replaces the object when the user changes, never edits it). */
const hintsByUser = new WeakMap<CurrentUser, OwnHints | null>();

function ownHints(user: CurrentUser): OwnHints | null {
  let hints = hintsByUser.get(user);
  if (hints !== undefined) return hints;
  const ids = [user.id, user.profileUrl ? parseProfileUrl(user.profileUrl)?.id : null].filter((x): x is string => !!x);
  // Profile ids are ASCII letters, digits, dots and dashes, written as is in hrefs (Facebook encodes
  // none of them): an id with anything else never matches one.
  const lower = [...new Set(ids.map((x) => x.toLowerCase()).filter((x) => /^[a-z0-9.-]+$/.test(x)))];
  const numeric = ids.some((x) => /^\d+$/.test(x));
  const vanity = ids.some((x) => !/^\d+$/.test(x));
  // The author's name is visible text, always clean: a name that is not can never equal it.
  const byName = !!user.name && !(numeric && vanity) && cleanText(user.name) === user.name;
  hints = lower.length || byName ? { ids: lower, nameLetters: byName ? user.name!.replace(/\s/g, '') : null } : null;
  hintsByUser.set(user, hints);
  return hints;
}

/**
 * Could `a` be the author link isOwnAuthor accepts? Its href holds one of the user's ids, or its
 * shown text (visibleText) may be the user's name: that text is a subsequence of textContent unless
 * an image alt or a CSS order inside the link joins in.
 */
function mayBeOwnLink(a: Element, hints: OwnHints): boolean {
  const href = a.getAttribute('href');
  if (href === null) return false;
  // Lower-casing the href (not a CSS `i` query, slow on Facebook's long hrefs) finds every ASCII case of an id.
  const lower = hints.ids.length ? href.toLowerCase() : '';
  if (hints.ids.some((id) => lower.includes(id))) return true;
  if (hints.nameLetters === null) return false;
  return isSubsequence(hints.nameLetters, a.textContent ?? '') || !!a.querySelector(S.SHOWN_ODDLY);
}

/**
 * Own = the author link's id is the user's, or (ids of the other shape only) its name is the
 * user's (isOwnAuthor). Most posts have no link that could be such an author link (a look at each
 * link's href and text). Otherwise the author readPost would take decides.
 */
function mayBeOwn(el: HTMLElement, user: CurrentUser | null): boolean {
  const hints = user && ownHints(user);
  if (!hints) return false;
  // The author link may also be around the post ("a[href] strong").
  const around = el.closest('a[href]');
  if (!(around && mayBeOwnLink(around, hints)) && ![...el.querySelectorAll('a[href]')].some((a) => mayBeOwnLink(a, hints))) return false;
  const author = readAuthor(el, el.matches(S.COMMENT) ? [] : postTextRoots(el));
  return isOwnAuthor(author.profile, author.name, user);
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
  readTextRoots: neverThrow(readTextRoots, null),
  // Unsure (the DOM surprised us): the full read decides.
  mayBeOwn: neverThrow(mayBeOwn, true),
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
