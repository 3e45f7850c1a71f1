/**
 * Pure string helpers for the X adapter: no DOM, so they are trivially testable and
 * cannot throw on hostile input (every function returns null/undefined instead).
 */
import type { Engagement } from '../../model/types';

/** X screen names: 1–15 letters, digits or underscores. */
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

/** First path segments that are app routes, not profiles (x.com/home is not @home). */
const RESERVED = new Set([
  'home', 'explore', 'search', 'notifications', 'messages', 'settings', 'i', 'compose', 'login',
  'logout', 'signup', 'tos', 'privacy', 'hashtag', 'account', 'intent', 'share', 'jobs', 'premium',
  'jf', 'download', 'who_to_follow', 'lists', 'bookmarks', 'communities', 'grok', 'verified-choose',
]);

function pathOf(href: string): string | null {
  try {
    return new URL(href, 'https://x.com').pathname;
  } catch {
    return null;
  }
}

export function isHandle(value: string): boolean {
  return HANDLE.test(value) && !RESERVED.has(value.toLowerCase());
}

/** "/NorthwindCoffee/status/123/analytics?s=20" → {handle, id}; "/i/web/status/123" → handle null. */
export function parseStatusPath(href: string): { handle: string | null; id: string } | null {
  const path = pathOf(href);
  const m = path ? /^\/([A-Za-z0-9_]{1,15})(?:\/web)?\/status(?:es)?\/(\d{1,20})(?:\/|$)/.exec(path) : null;
  if (!m) return null;
  const handle = m[1]!;
  return { handle: isHandle(handle) ? handle : null, id: m[2]! };
}

/** "/dana_ceo" → "dana_ceo"; anything deeper or reserved → null. */
export function handleFromProfileHref(href: string): string | null {
  const m = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(pathOf(href) ?? '');
  return m && isHandle(m[1]!) ? m[1]! : null;
}

/** The contract's canonical permalink (product.md §8); X resolves /i/web/ when the handle is unknown. */
export function canonicalStatusUrl(handle: string | null, id: string): string {
  return `https://x.com/${handle ?? 'i/web'}/status/${id}`;
}

const MULTIPLIER: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * First number in a label: "30142", "1,024", "1.2K", "29.9K Views", "2,5 M". With a K/M/B suffix the
 * last separator is a decimal point; without one every separator groups thousands (aria-labels
 * carry exact integers, visible texts are abbreviated).
 */
export function parseCount(raw: string): number | null {
  const m = /(\d[\d.,\u00a0\u202f]*)\s?([KMB])?(?!\p{L})/iu.exec(raw);
  if (!m) return null;
  const digits = m[1]!.replace(/[.,\u00a0\u202f]+$/, '');
  const suffix = m[2]?.toLowerCase();
  if (suffix) {
    const value = Number.parseFloat(digits.replace(/[\u00a0\u202f]/g, '').replace(',', '.'));
    return Number.isFinite(value) ? Math.round(value * MULTIPLIER[suffix]!) : null;
  }
  const value = Number.parseInt(digits.replace(/[.,\u00a0\u202f]/g, ''), 10);
  return Number.isFinite(value) ? value : null;
}

/** Per-button aria-label "48 Replies. Reply" → 48; X drops the number at zero ("Reply") → 0. */
export function parseButtonCount(label: string | null | undefined): number | undefined {
  if (label == null) return undefined;
  return parseCount(label) ?? 0;
}

/**
 * Action-bar label "48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views" (zero items are
 * omitted). English words only: other locales yield {} and the caller falls back to the buttons.
 */
export function parseEngagementLabel(label: string): Engagement {
  const out: Engagement = {};
  for (const item of label.split(/,\s+|;\s*/)) {
    const n = parseCount(item);
    if (n === null) continue;
    const word = item.toLowerCase();
    if (/\brepl/.test(word)) out.comments = n;
    else if (/\b(repost|retweet)/.test(word)) out.reposts = n;
    else if (/\blike/.test(word)) out.likes = n;
    else if (/\bview/.test(word)) out.views = n;
  }
  return out;
}

/** Whether X shows tweets at this URL (drives the site-health signal). */
export function pageExpectsPosts(url: URL): boolean {
  const seg = url.pathname.split('/').filter(Boolean);
  const [first, second, third, fourth] = seg.map((s) => s.toLowerCase());
  if (!first) return false; // "/" is a redirect to /home or the login page
  if (first === 'home' || first === 'search') return seg.length === 1;
  if (first === 'hashtag') return seg.length === 2; // hashtag pages are search results
  if (first === 'i') return (second === 'lists' && seg.length === 3) || (second === 'bookmarks' && seg.length === 2);
  if (!isHandle(seg[0]!)) return false; // explore, settings, messages, notifications, compose…
  if (seg.length === 1) return true; // profile
  if (second === 'status') {
    return /^\d{1,20}$/.test(third ?? '') && (fourth === undefined || ['photo', 'video', 'quotes'].includes(fourth));
  }
  // The media tab is a grid of thumbnails, not tweets; followers/lists are people.
  return seg.length === 2 && ['with_replies', 'likes', 'highlights'].includes(second!);
}
