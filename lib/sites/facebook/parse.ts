/**
 * Pure Facebook parsing: permalinks, profile links, counts, decoys, fallback ids.
 * No DOM here so every rule is table-tested on strings (sites.md §3, §5).
 */
import type { Engagement } from '../../model/types';
import type { CurrentUser } from '../types';

const ORIGIN = 'https://www.facebook.com';
const FB_HOST = /^(?:www\.|web\.|m\.)?facebook\.com$/i;

/** Zero-width and bidi controls Facebook sprinkles into decoys (OpenCLI issue #2089). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Visible-looking text: invisible chars removed, whitespace collapsed. */
export function cleanText(text: string): string {
  return stripInvisible(text).replace(/\s+/g, ' ').trim();
}

/** Decoy strings real names/labels never look like: long digit runs, spaced single letters. */
export function isDecoyText(text: string): boolean {
  const t = cleanText(text);
  return /^\d{6,}$/.test(t) || (/^(?:\S ){4,}\S$/.test(t) && t.replace(/\s/g, '').length <= 12);
}

/** First path segments that are Facebook features, never a page or profile vanity. */
export const RESERVED_PATHS = new Set([
  'home.php', 'groups', 'messages', 'marketplace', 'settings', 'watch', 'notifications', 'friends', 'gaming',
  'events', 'saved', 'memories', 'bookmarks', 'reel', 'reels', 'stories', 'login', 'login.php', 'checkpoint',
  'help', 'privacy', 'policies', 'ads', 'business', 'pages', 'fundraisers', 'games', 'live', 'news', 'jobs',
  'search', 'hashtag', 'photo', 'photo.php', 'permalink.php', 'story.php', 'profile.php', 'people', 'share',
  'sharer', 'l.php', 'dialog', 'composer', 'feeds', 'latest', 'onthisday', 'find-friends', 'weather', 'media',
]);

/** Pages that show posts. /watch, /reel and /photo are left out on purpose: their viewers have no post units. */
export function expectsPostsAt(pathname: string): boolean {
  const [a, b, c] = pathname.split('/').filter(Boolean);
  if (!a) return true;
  if (['home.php', 'permalink.php', 'story.php', 'profile.php', 'hashtag'].includes(a)) return true;
  if (a === 'search') return b === 'posts';
  if (a === 'groups') {
    if (!b || ['discover', 'joins', 'create', 'notifications', 'search'].includes(b)) return false;
    return b === 'feed' || !c || ['posts', 'permalink', 'user'].includes(c);
  }
  if (RESERVED_PATHS.has(a.toLowerCase())) return false;
  return !b || b === 'posts'; // a page or profile, or one of its posts
}

function toUrl(href: string): URL | null {
  try {
    const url = new URL(href, ORIGIN);
    return FB_HOST.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/**
 * New comment links carry base64 "comment:<postId>_<commentId>"; older ones the bare number.
 * Either way the id is the last number, so the same comment keeps one id.
 */
export function decodeCommentId(raw: string): string {
  if (/^\d+$/.test(raw)) return raw;
  try {
    const decoded = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    const m = /^comment:(?:\d+_)?(\d+)$/.exec(decoded);
    if (m?.[1]) return m[1];
  } catch {
    // not base64: keep as is
  }
  return raw;
}

export interface Permalink {
  postId: string;
  /** Canonical post URL, tracking parameters removed. */
  url: string;
  /** Set when the link points at a comment (reply_comment_id wins: a reply is its own comment). */
  commentId?: string;
  /** The reply's parent comment id. */
  parentCommentId?: string;
}

/** Post id + canonical URL from any permalink shape; null for non-post links. */
export function parsePermalink(href: string): Permalink | null {
  const url = toUrl(href);
  if (!url) return null;
  const q = url.searchParams;
  const seg = url.pathname.split('/').filter(Boolean);
  let post: { postId: string; url: string } | null = null;
  const storyFbid = q.get('story_fbid');
  if ((seg[0] === 'permalink.php' || seg[0] === 'story.php') && storyFbid) {
    // The page id lives in the query for this shape: keep story_fbid and id.
    const id = q.get('id');
    post = { postId: storyFbid, url: `${ORIGIN}/${seg[0]}?story_fbid=${encodeURIComponent(storyFbid)}${id ? `&id=${encodeURIComponent(id)}` : ''}` };
  } else if (seg[0] === 'groups' && seg[1] && (seg[2] === 'posts' || seg[2] === 'permalink') && seg[3]) {
    post = { postId: seg[3], url: `${ORIGIN}/groups/${seg[1]}/posts/${seg[3]}/` };
  } else if (seg.length >= 3 && seg[1] === 'posts' && seg[2] && !RESERVED_PATHS.has(seg[0]!)) {
    post = { postId: seg[2], url: `${ORIGIN}/${seg[0]}/posts/${seg[2]}` };
  } else if ((seg[0] === 'photo' || seg[0] === 'photo.php') && q.get('fbid')) {
    post = { postId: q.get('fbid')!, url: `${ORIGIN}/photo/?fbid=${q.get('fbid')!}` };
  } else if (seg.length >= 3 && seg[1] === 'videos' && /^\d+$/.test(seg[2]!)) {
    post = { postId: seg[2]!, url: `${ORIGIN}/${seg[0]}/videos/${seg[2]}/` };
  } else if (seg[0] === 'reel' && seg[1] && /^\d+$/.test(seg[1])) {
    post = { postId: seg[1], url: `${ORIGIN}/reel/${seg[1]}/` };
  }
  if (!post || !/^[\w.-]+$/.test(post.postId)) return null;
  const comment = q.get('comment_id');
  const reply = q.get('reply_comment_id');
  if (!comment) return post;
  return reply
    ? { ...post, commentId: decodeCommentId(reply), parentCommentId: decodeCommentId(comment) }
    : { ...post, commentId: decodeCommentId(comment) };
}

/** The stored id of what a permalink points at: the post id, or "<post>_c<comment>" for a comment. */
export function permalinkPostId(link: Permalink): string {
  return link.commentId ? `${link.postId}_c${link.commentId}` : link.postId;
}

/** Canonical URL of a comment: the post URL plus the comment parameters, nothing else. */
export function commentUrl(link: Permalink): string {
  const sep = link.url.includes('?') ? '&' : '?';
  if (link.parentCommentId) {
    return `${link.url}${sep}comment_id=${encodeURIComponent(link.parentCommentId)}&reply_comment_id=${encodeURIComponent(link.commentId!)}`;
  }
  return `${link.url}${sep}comment_id=${encodeURIComponent(link.commentId!)}`;
}

export interface Profile {
  /** Numeric id or vanity, as Facebook spells it. */
  id: string;
  url: string;
}

/** Author/user profile from a link: profile.php?id=, /groups/<g>/user/<id>/, /people/<n>/<id>/, /<vanity>. */
export function parseProfileUrl(href: string): Profile | null {
  const url = toUrl(href);
  if (!url) return null;
  const seg = url.pathname.split('/').filter(Boolean);
  const numeric = (id: string | undefined | null): Profile | null =>
    id && /^\d+$/.test(id) ? { id, url: `${ORIGIN}/profile.php?id=${id}` } : null;
  if (seg[0] === 'profile.php') return numeric(url.searchParams.get('id'));
  if (seg[0] === 'groups' && seg[2] === 'user') return numeric(seg[3]);
  if (seg[0] === 'people' && seg.length >= 3) return numeric(seg[2]);
  if (seg.length === 1 && !RESERVED_PATHS.has(seg[0]!.toLowerCase()) && /^[A-Za-z0-9.-]{2,}$/.test(seg[0]!)) {
    return { id: seg[0]!, url: `${ORIGIN}/${seg[0]!}` };
  }
  return null;
}

/** "128", "1,234", "1.2K", "2,5 M", "12 comments" → number; null when no count. */
export function parseCount(text: string): number | null {
  const m = /(\d[\d.,\s\u00a0]*)(?:([KkMm])(?![a-z]))?/.exec(cleanText(text));
  if (!m) return null;
  const digits = m[1]!.replace(/[\s\u00a0]/g, '').replace(/[.,]$/, '');
  const mult = m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1;
  // With K/M the separator is a decimal point ("1.2K", "1,2K"); without, a thousands separator.
  const value = mult > 1 ? Number(digits.replace(',', '.')) : Number(digits.replace(/[.,]/g, ''));
  return Number.isFinite(value) ? Math.round(value * mult) : null;
}

const NUM = String.raw`(\d[\d.,]*(?:\s?[KkMm])?)`;
const ENGAGEMENT_RULES: [keyof Engagement, RegExp][] = [
  ['likes', new RegExp(String.raw`All reactions:\s*${NUM}`, 'i')],
  ['likes', new RegExp(String.raw`^${NUM}\s+reactions?\b`, 'i')],
  ['comments', new RegExp(String.raw`^${NUM}\s+comments?$`, 'i')],
  ['reposts', new RegExp(String.raw`^${NUM}\s+shares?$`, 'i')],
  ['views', new RegExp(String.raw`^${NUM}\s+views?$`, 'i')],
];

/** Engagement numbers in one short chrome string ("All reactions: 128", "12 comments", aria-label "128 reactions; see who…"). */
export function parseEngagementText(text: string): Engagement {
  const t = cleanText(text);
  const out: Engagement = {};
  for (const [key, re] of ENGAGEMENT_RULES) {
    const m = re.exec(t);
    const n = m?.[1] ? parseCount(m[1]) : null;
    if (n !== null && out[key] === undefined) out[key] = n;
  }
  return out;
}

/** ISO time from abbr[data-utime] seconds or a title like "Monday, March 3, 2026 at 2:05 PM"; null otherwise. */
export function parseAbsoluteTime(utime: string | null, title: string | null): string | null {
  if (utime && /^\d{9,11}$/.test(utime)) return new Date(Number(utime) * 1000).toISOString();
  if (!title) return null;
  const t = cleanText(title).replace(/^[A-Za-z]+day,\s*/, '').replace(/\s+at\s+/, ' ');
  // Only real dates: "2h", "Yesterday" are relative, "Best coffee of 2026" is not a time.
  if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2}/i.test(t)) return null;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Fallback id when no permalink is shown: FNV-1a of author|text[0:120], so a re-render gets the same id. */
export function hashPostId(author: string, text: string): string {
  const input = `${cleanText(author)}|${cleanText(text).slice(0, 120)}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `h:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * True when visible letters spell a "Sponsored" label: in order, or shuffled (Facebook
 * reorders letter spans with CSS `order`; when the order cannot be read, an anagram still counts).
 */
export function isSponsoredLetters(letters: string, labels: readonly string[]): boolean {
  const t = cleanText(letters).replace(/\s/g, '').toLowerCase();
  if (t.length < 2) return false;
  const sorted = (s: string): string => [...s].sort().join('');
  return labels.some((l) => l === t || (l.length >= 6 && sorted(l) === sorted(t)));
}

/**
 * Cheap necessary condition for isSponsoredLetters: true when every letter of some label occurs
 * in `text` (any case). A text showing only some of `text`'s characters, in whatever order, can
 * spell a label only then.
 */
export function mayHaveLetters(text: string, labels: readonly string[]): boolean {
  const t = text.toLowerCase();
  return labels.some((l) => {
    for (let i = 0; i < l.length; i++) if (!t.includes(l[i]!)) return false;
    return true;
  });
}

/** True when the characters of `needle` occur in `text` in the same order (others may lie between). */
export function isSubsequence(needle: string, text: string): boolean {
  let i = 0;
  for (let j = 0; i < needle.length && j < text.length; j++) if (text[j] === needle[i]) i++;
  return i === needle.length;
}

/** "Comment by Marta Ruiz 3 hours ago" → "Marta Ruiz" (fallback when the name link is missing). */
export function authorFromCommentLabel(label: string, prefixes: readonly string[]): string {
  const p = prefixes.find((x) => label.startsWith(x));
  if (!p) return '';
  return cleanText(label.slice(p.length))
    .replace(/\s+(?:\d+|an?)\s+\w+\s+ago$/i, '')
    .replace(/\s+(?:just now|yesterday)$/i, '');
}

/**
 * Own = the author's profile id equals the user's numeric id or vanity. When the page gave us only
 * the other shape (c_user cookie vs a vanity link), the "Comment as <Name>" name is the only clue left.
 */
export function isOwnAuthor(profile: Profile | null, name: string, user: CurrentUser | null): boolean {
  if (!profile || !user) return false;
  const ids = [user.id, user.profileUrl ? parseProfileUrl(user.profileUrl)?.id : null].filter((x): x is string => !!x);
  const id = profile.id.toLowerCase();
  if (ids.some((x) => x.toLowerCase() === id)) return true;
  const comparable = ids.some((x) => /^\d+$/.test(x) === /^\d+$/.test(id));
  return !comparable && !!user.name && user.name === name;
}
