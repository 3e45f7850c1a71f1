import type { Engagement, PostData } from '../../model/types';
import { ancestorIn, inDocumentOrder, neverThrow, overlapTest, splitSelector, withinAny } from '../dom-helpers';
import type { CurrentUser, FoundPost, SiteAdapter } from '../types';
import { ANY_COMMENT, COMMENT_OR_RESHARE, linkContaining, POST_LISTING, SHARED, URN_SOURCES, V1, V2 } from './selectors';
import {
  cleanName, commentUrl, decodeTrackingScope, matchPostUrn, normalizeProfileUrl, parseCommentUrn,
  parseCount, postUrl, postUrnFromHref, profileSlug, urnTimestamp,
} from './parse';
import { linkedinReply } from './reply';

/**
 * LinkedIn adapter for both DOM generations (shared/sites.md §2). No global generation switch:
 * every call runs the v2 and the v1 selector sets, because both appear in one session.
 * Every read is guarded: an unexpected DOM gives null/[]/empty, never a throw.
 *
 * Identity: postId is the full URN ("urn:li:activity:<id>" for posts, v1 data-urn / v2 decoded
 * tracking scope; "urn:li:comment:(urn:li:activity:<id>,<cid>)" for comments). url is
 * /feed/update/<urn>/ (comments: + ?commentUrn=<encoded urn>). postedAt is exact: the id's top
 * bits are the creation time (parse.ts urnTimestamp), so the relative "3h" is never needed.
 */

const all = (root: ParentNode, sel: string): HTMLElement[] => Array.from(root.querySelectorAll<HTMLElement>(sel));
const isEl = (n: unknown): n is HTMLElement => !!n && (n as Node).nodeType === 1;
const selfAndBelow = (root: ParentNode, sel: string): HTMLElement[] =>
  isEl(root) && root.matches(sel) ? [root, ...all(root, sel)] : all(root, sel);
/** Comments are keyed by their URN; v2 repeats the same componentkey on nested elements. */
const commentKey = (el: Element | null): string | null => el?.getAttribute('componentkey') ?? el?.getAttribute('data-id') ?? null;

/**
 * True when `el` belongs to `owner` itself: not to a comment or reshared post inside it. For a
 * post, one lookup: the nearest comment-or-reshare around `el` decides (one inside the post takes
 * `el` away; the post itself, or one around the post, does not).
 */
function owns(owner: HTMLElement, el: Element, ownerIsComment = owner.matches(ANY_COMMENT)): boolean {
  if (ownerIsComment) return commentKey(el.closest(ANY_COMMENT)) === commentKey(owner);
  const inner = el.closest(COMMENT_OR_RESHARE);
  return !(inner && inner !== owner && owner.contains(inner));
}
/** First match of `sel` that `owner` owns. Usually the first match at all: then one query and one lookup. */
function firstOwned(owner: HTMLElement, sel: string): HTMLElement | undefined {
  const first = owner.querySelector<HTMLElement>(sel);
  if (!first) return undefined;
  const ownerIsComment = owner.matches(ANY_COMMENT);
  return owns(owner, first, ownerIsComment) ? first : all(owner, sel).find((el) => owns(owner, el, ownerIsComment));
}

/** Text of an element without screen-reader copies (v1 writes every name twice). */
function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (isEl(n) && !n.matches(SHARED.hidden)) n.childNodes.forEach(walk);
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}
const nameFromAlt = (s: string | null | undefined): string =>
  (s && /^View\s+(.+?)(?:[’']s?)?\s+(?:profile|graphic link)/i.exec(s)?.[1]) || '';

/** A short line that reads as the "Promoted" label. The letter pre-check spares most lines the text walk. */
function isPromotedLine(el: Element): boolean {
  const raw = el.textContent ?? '';
  return raw.length < 60 && SHARED.promotedHint.test(raw) && SHARED.promotedLabel.test(visibleText(el) || raw.trim());
}
function hasPromotedLabel(owner: HTMLElement, textRoots: Element[]): boolean {
  return all(owner, 'p, span').slice(0, 120).some((el) =>
    isPromotedLine(el) && owns(owner, el) && !textRoots.some((r) => r.contains(el)));
}
function isTruncated(roots: Element[], sel: string): boolean {
  return roots.some((r) => [r, r.parentElement].some((s) => s && all(s, sel).some((b) => b.getAttribute('aria-expanded') !== 'true' && !/less/i.test(b.textContent ?? ''))));
}
function engagement(counts: Record<keyof Engagement, HTMLElement | undefined>): Engagement | null {
  const out: Engagement = {};
  for (const [k, el] of Object.entries(counts) as [keyof Engagement, HTMLElement | undefined][]) {
    const text = el ? (k === 'views' ? /([\d.,\s]+[KkMm]?)\s+impressions?/i.exec(el.textContent ?? '')?.[1] : el.textContent) : null;
    const n = parseCount(text);
    if (n !== null) out[k] = n;
  }
  return Object.keys(out).length ? out : null;
}
const isOwnHandle = (handle: string | null, user: CurrentUser | null): boolean =>
  !!user?.id && profileSlug(handle) === user.id.toLowerCase();

/** URN of a post container, both generations (tracking scope, data-urn, links, detail URL). */
function postUrn(el: HTMLElement): { urn: string | null; sponsored: boolean } {
  const scopes = selfAndBelow(el, V2.trackingScope).filter((s) => owns(el, s))
    .map((s) => decodeTrackingScope(s.getAttribute('data-view-tracking-scope')));
  const sponsored = scopes.some((s) => s?.sponsored);
  const fromAttr = selfAndBelow(el, V1.urnHolder).filter((s) => owns(el, s))
    .map((s) => s.getAttribute('data-urn') ?? s.getAttribute('data-id'));
  const aggregate = fromAttr.find((u) => u?.startsWith('urn:li:aggregate:')) ?? null;
  const urn = scopes.find((s) => s?.updateUrn)?.updateUrn
    ?? fromAttr.map((u) => (u?.startsWith('urn:li:comment:') ? null : matchPostUrn(u))).find(Boolean)
    ?? postUrnFromHref(firstOwned(el, V2.updateLink)?.getAttribute('href'))
    ?? postUrnFromHref(firstOwned(el, V2.analyticsLink)?.getAttribute('href'))
    ?? (el.matches(V2.detailPage) ? postUrnFromHref(el.ownerDocument.URL) : null)
    ?? aggregate;
  return { urn, sponsored };
}

/** The post's own words (readPost and readTextRoots both use this, so they cannot disagree). */
function postTextRoots(el: HTMLElement): HTMLElement[] {
  const v1 = el.matches(V1.post);
  const text = (v1 ? firstOwned(el, V1.text) : undefined) ?? firstOwned(el, V2.commentary) ?? firstOwned(el, V2.textBox) ?? firstOwned(el, V1.text);
  return text ? [text] : [];
}

/** The post author's link (readPost and mayBeOwn both use this). */
function postActor(el: HTMLElement): HTMLElement | undefined {
  // v2 author: avatar link + sibling <a> of <p>s; without data-view-name, the first profile link
  // followed by a sibling <a> to the same profile (banner links "X reposted this" are not).
  const paired = (): HTMLElement | undefined => all(el, SHARED.profileLink).find((a) => owns(el, a) &&
    a.nextElementSibling?.tagName === 'A' && normalizeProfileUrl(a.nextElementSibling.getAttribute('href')) === normalizeProfileUrl(a.getAttribute('href')));
  return el.matches(V1.post) ? (firstOwned(el, V1.actorLink) ?? paired()) : (firstOwned(el, V2.actorImage) ?? paired() ?? firstOwned(el, V1.actorLink));
}

function readPostContainer(el: HTMLElement, user: CurrentUser | null): FoundPost | null {
  const { urn, sponsored } = postUrn(el);
  if (!urn) return null;
  const textRoots = postTextRoots(el);
  const actor = postActor(el);
  const handle = normalizeProfileUrl(actor?.getAttribute('href'));
  const lockup = actor?.nextElementSibling?.tagName === 'A' ? actor.nextElementSibling : null;
  let author = cleanName(visibleText(lockup?.querySelector('p')));
  for (const sel of V1.actorName) if (!author) author = cleanName(visibleText(firstOwned(el, sel)));
  author ||= nameFromAlt(actor?.getAttribute('aria-label') ?? actor?.querySelector('img')?.getAttribute('alt'));
  // activity/ugcPost/share URNs have a permalink and a time-ordered id; an aggregate has neither.
  const linkable = urn.startsWith('urn:li:aggregate:') ? null : urn;
  const data: Omit<PostData, 'text'> = {
    site: 'linkedin', postId: urn, url: linkable && postUrl(linkable), author, handle,
    postedAt: linkable && urnTimestamp(linkable), isComment: false, parentPostId: null,
    isOwn: isOwnHandle(handle, user),
    isPromoted: sponsored || !!firstOwned(el, V2.sponsored) || hasPromotedLabel(el, textRoots),
    truncated: isTruncated(textRoots, `${V2.moreButton}, ${V1.moreButton}`),
    engagement: engagement({
      likes: firstOwned(el, V2.reactionCount) ?? firstOwned(el, V1.reactionCount),
      comments: firstOwned(el, V2.commentCount) ?? firstOwned(el, V1.commentCount),
      reposts: firstOwned(el, V2.repostCount) ?? firstOwned(el, V1.repostCount),
      views: firstOwned(el, V2.analyticsLink) ?? firstOwned(el, V1.impressions),
    }),
  };
  return { element: el, textRoots, chipHost: el, data };
}

/** The comment's own words (shared by readPost and readTextRoots). */
function commentTextRoots(el: HTMLElement): HTMLElement[] {
  const text = firstOwned(el, V2.commentText) ?? firstOwned(el, V1.commentText);
  return text ? [text] : [];
}

/** The commenter's link, and the description link whose first <p> is the name (readPost and mayBeOwn both use this). */
function commentActor(el: HTMLElement): { actor: HTMLElement | undefined; described: HTMLElement | undefined } {
  // Name: v2 description link's first <p> (also found without data-view-name), v1 title span.
  const described = firstOwned(el, V2.commentActor) ?? all(el, SHARED.profileLink).find((a) => owns(el, a) && a.querySelector('p'));
  const actor = described ?? firstOwned(el, V2.commentPicture) ?? firstOwned(el, V1.commentActor) ?? all(el, SHARED.profileLink).find((a) => owns(el, a));
  return { actor, described };
}

function readComment(el: HTMLElement, user: CurrentUser | null): FoundPost | null {
  const scope = selfAndBelow(el, V2.trackingScope).filter((s) => owns(el, s))
    .map((s) => decodeTrackingScope(s.getAttribute('data-view-tracking-scope'))?.commentUrn).find(Boolean);
  const c = parseCommentUrn(el.getAttribute('componentkey') ?? el.getAttribute('data-id')) ?? parseCommentUrn(scope);
  if (!c) return null;
  // A ugcPost-keyed comment has no client mapping to the activity URN (sites.md §2.1 pitfalls):
  // take the URN of the post container around it.
  let parent = c.postUrn;
  for (let a = el.parentElement; a && !parent.startsWith('urn:li:activity:'); a = a.parentElement) {
    if (a.matches(`${V2.postItem}, ${V2.detailPage}, ${V2.updateScope}, ${V1.post}`)) parent = matchPostUrn(postUrn(a).urn) ?? parent;
  }
  const { actor, described } = commentActor(el);
  const handle = normalizeProfileUrl(actor?.getAttribute('href'));
  const author = cleanName(visibleText(firstOwned(el, V1.commentName) ?? described?.querySelector('p')))
    || nameFromAlt(all(el, 'img[alt^="View "]').find((i) => owns(el, i))?.getAttribute('alt'));
  const textRoots = commentTextRoots(el);
  return {
    element: el, textRoots, chipHost: el,
    data: {
      site: 'linkedin', postId: c.urn, url: commentUrl(parent, c.urn), author, handle,
      postedAt: urnTimestamp(c.commentId), isComment: true, parentPostId: parent,
      isOwn: isOwnHandle(handle, user), isPromoted: false,
      truncated: isTruncated(textRoots, `${V2.moreButton}, ${V1.moreButton}`), engagement: null,
    },
  };
}

/** A v2 comment whose componentkey repeats on a comment around it is that comment's inner copy. */
function isInnerCopy(c: HTMLElement): boolean {
  const key = commentKey(c);
  for (let p = c.parentElement?.closest(ANY_COMMENT); p; p = p.parentElement?.closest(ANY_COMMENT)) if (commentKey(p) === key) return true;
  return false;
}

// One query per simple selector: browsers answer those far faster than one query for the whole list.
const FULL_UPDATE = splitSelector(V2.fullUpdate);
const CONTAINERS = splitSelector(`${V2.postItemByKey}, ${V1.post}`);
const UPDATE_SCOPE = splitSelector(V2.updateScope);
const COMMENTS = splitSelector(ANY_COMMENT);

function findPostElements(root: ParentNode): HTMLElement[] {
  try {
    // One test of the root against everything below: usually it is none of them (an added wrapper),
    // and a leaf (a placeholder, a highlight) that is none of them holds no post.
    const rootMayMatch = isEl(root) && root.matches(POST_LISTING);
    if (isEl(root) && !rootMayMatch && !root.firstElementChild) return [];
    const inRoot = (el: Element): boolean => el === root || root.contains(el);
    const posts = new Set<HTMLElement>();
    for (const f of withinAny(root, FULL_UPDATE, rootMayMatch)) {
      posts.add(f.closest<HTMLElement>(V2.postItem) ?? f.closest<HTMLElement>(V2.detailPage) ?? f);
    }
    for (const el of withinAny(root, CONTAINERS, rootMayMatch)) posts.add(el);
    // Last resort (data-view-name gone on a detail page): the element carrying a post's tracking
    // scope, unless it sits inside, or around, a container found above.
    const overlapsKnown = overlapTest([...posts]);
    for (const s of withinAny(root, UPDATE_SCOPE, rootMayMatch)) if (!overlapsKnown(s)) posts.add(s);
    // Skip the inner copy of a v2 comment whose componentkey repeats on a nested element.
    const comments = [...withinAny(root, COMMENTS, rootMayMatch)].filter((c) => !isInnerCopy(c));
    const outermost = [...posts].filter((p) => inRoot(p) && !p.parentElement?.closest(ANY_COMMENT) && !(posts.size > 1 && ancestorIn(p, posts)));
    return inDocumentOrder([...outermost, ...comments], root, POST_LISTING);
  } catch {
    return [];
  }
}

/** The text roots readPost would give, without the rest of the read (null: no URN could ever be read here). */
function readTextRoots(el: HTMLElement): Element[] | null {
  if (el.matches(ANY_COMMENT)) return commentTextRoots(el);
  return el.matches(URN_SOURCES) || el.querySelector(URN_SOURCES) ? postTextRoots(el) : null;
}

let lastSlug: [string, string] = ['', '']; // the user changes rarely: one selector, built once

/**
 * Links that can hold the user's slug: the longest run of ASCII letters and digits of the
 * lower-cased slug, in any ASCII case (hrefs may spell the slug in capitals or percent-encode
 * its other characters; LinkedIn never encodes letters or digits). "k" and the "i" of "i̇" are left
 * out: the Kelvin sign and "İ" lower-case to them, so an href can carry them encoded.
 */
function slugLinks(slug: string): string {
  if (lastSlug[0] === slug) return lastSlug[1];
  const runs = slug.replace(/i\u0307/g, ' ').match(/[a-jl-z0-9]+/g) ?? [];
  const needle = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  lastSlug = [slug, needle ? linkContaining(needle) : 'a[href]'];
  return lastSlug[1];
}

/**
 * Own = the author link's slug is the user's (isOwnHandle). Most posts hold no link to the user at
 * all: one attribute query says so. Otherwise the author link readPost would take decides.
 */
function mayBeOwn(el: HTMLElement, user: CurrentUser | null): boolean {
  const slug = user?.id?.toLowerCase();
  if (!slug || !el.querySelector(slugLinks(slug))) return false;
  const actor = el.matches(ANY_COMMENT) ? commentActor(el).actor : postActor(el);
  return isOwnHandle(normalizeProfileUrl(actor?.getAttribute('href')), user);
}

interface MeJson { data?: { $type?: string; '*miniProfile'?: string }; included?: { entityUrn?: string; publicIdentifier?: string; firstName?: string; lastName?: string }[] }

/** com.linkedin.voyager.common.Me from <code> blocks (v1 main document, v2 interop iframe). */
function meFromCode(doc: Document | null | undefined): { slug: string; name: string } | null {
  for (const code of doc ? Array.from(doc.querySelectorAll('code')) : []) {
    const text = code.textContent ?? '';
    if (text.length > 2_000_000 || !text.includes(SHARED.meType)) continue;
    try {
      const json = JSON.parse(text) as MeJson;
      if (json.data?.$type !== SHARED.meType) continue;
      const mini = json.included?.find((i) => i.entityUrn === json.data?.['*miniProfile']);
      if (typeof mini?.publicIdentifier === 'string') {
        return { slug: mini.publicIdentifier, name: [mini.firstName, mini.lastName].filter((s) => typeof s === 'string').join(' ') };
      }
    } catch { /* malformed block: keep looking */ }
  }
  return null;
}

function readCurrentUser(doc: Document): CurrentUser | null {
  try {
    const link = doc.querySelector<HTMLElement>(V2.identityLink) ?? doc.querySelector<HTMLElement>(V1.identityLink);
    const linkUrl = normalizeProfileUrl(link?.getAttribute('href'));
    let iframeDoc: Document | null = null;
    try { iframeDoc = doc.querySelector<HTMLIFrameElement>(V2.interopIframe)?.contentDocument ?? null; } catch { /* cross-origin */ }
    const me = linkUrl ? null : (meFromCode(doc) ?? meFromCode(iframeDoc));
    const slug = profileSlug(linkUrl) ?? me?.slug ?? null;
    const linkName = link && cleanName(visibleText(link.querySelector('p, h3, .t-16') ?? link));
    const name = linkName || me?.name || doc.querySelector<HTMLImageElement>(V1.mePhoto)?.alt?.trim() || null;
    if (!slug && !name) return null;
    return { id: slug, profileUrl: linkUrl ?? (slug ? `https://www.linkedin.com/in/${slug}/` : null), name };
  } catch {
    return null;
  }
}

/**
 * Pages that list posts. Profile top (/in/<slug>/) is deliberately false: it shows at most a
 * small activity carousel, often none, so zero posts there is not a broken layout.
 */
const POST_PAGES = [/^\/feed(\/|$)/, /^\/posts\/[^/]+/, /^\/in\/[^/]+\/recent-activity(\/|$)/, /^\/company\/[^/]+\/posts(\/|$)/, /^\/search\/results\/content(\/|$)/];

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  // "…more" toggles and screen-reader copies (e.g. the hidden word "hashtag" before "#northwind").
  textSkip: `${V2.moreButton}, ${V1.moreButton}, ${SHARED.hidden}`,
  matchesHost: (h) => /^(www\.)?linkedin\.com$/i.test(h),
  findPostElements,
  readPost(element, user) {
    try {
      return element.matches(ANY_COMMENT) ? readComment(element, user) : readPostContainer(element, user);
    } catch {
      return null;
    }
  },
  readTextRoots: neverThrow(readTextRoots, null),
  // Unsure (the DOM surprised us): the full read decides.
  mayBeOwn: neverThrow(mayBeOwn, true),
  readCurrentUser,
  expectsPosts: (url) => POST_PAGES.some((re) => re.test(url.pathname)),
  reply: linkedinReply,
};
