/**
 * Pure string parsing for LinkedIn (no DOM): URNs, permalinks, profile URLs,
 * counts and relative times. Everything here is total: bad input → null, never a throw.
 */

const ORIGIN = 'https://www.linkedin.com';
/** Post URNs LinkedIn accepts in /feed/update/<urn>/ (sites.md §2.1 "Post id / permalink"). */
const POST_URN = /urn:li:(?:activity|ugcPost|share):\d{6,25}/;
/** urn:li:comment:(<post urn>,<comment id>) — v1 data-id and v2 componentkey share this shape. */
const COMMENT_URN = /urn:li:comment:\((urn:li:(?:activity|ugcPost|share):\d+),(\d+)\)/;

export const postUrl = (postUrn: string): string => `${ORIGIN}/feed/update/${postUrn}/`;

/** Parens are encoded too (encodeURIComponent leaves them), as LinkedIn's own links do. */
export const commentUrl = (postUrn: string, commentUrn: string): string =>
  `${postUrl(postUrn)}?commentUrn=${encodeURIComponent(commentUrn).replace(/\(/g, '%28').replace(/\)/g, '%29')}`;

export function matchPostUrn(text: string | null | undefined): string | null {
  return (text && POST_URN.exec(text)?.[0]) || null;
}

export function parseCommentUrn(text: string | null | undefined): { urn: string; postUrn: string; commentId: string } | null {
  const m = text ? COMMENT_URN.exec(text) : null;
  return m ? { urn: m[0], postUrn: m[1]!, commentId: m[2]! } : null;
}

/**
 * Post URN from a link: /feed/update/<urn>/, /analytics/post-summary/<urn>/ (own posts), or the
 * public /posts/<slug>-activity-<id>-xxxx/ form. Decodes %3A first (links are often encoded).
 */
export function postUrnFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  let h = href;
  try { h = decodeURIComponent(href); } catch { /* keep raw */ }
  const m = /\/(?:feed\/update|analytics\/post-summary)\/(urn:li:(?:activity|ugcPost|share):\d+)/.exec(h);
  if (m) return m[1]!;
  const p = /\/posts\/[^/?#]*?-(activity|ugcPost|share)-(\d{6,25})(?:-|\/|$)/.exec(h);
  return p ? `urn:li:${p[1]}:${p[2]}` : null;
}

/**
 * LinkedIn ids are time-ordered: the top 41 bits of the 64-bit id are the creation time in ms
 * since the Unix epoch (`id >> 22`, sites.md §2.1 "Timestamp", [idx:55959363758]). This is exact
 * to the millisecond for activity/ugcPost/share ids and for comment ids, so postedAt needs no
 * relative "3h" text. Implausible results (before 2003 / after 2100) give null.
 */
export function urnTimestamp(urnOrId: string | null | undefined): string | null {
  const digits = urnOrId ? /(\d{6,25})\)?$/.exec(urnOrId)?.[1] : undefined;
  if (!digits) return null;
  const ms = Number(BigInt(digits) >> 22n);
  if (ms < Date.UTC(2003, 0, 1) || ms > Date.UTC(2100, 0, 1)) return null;
  return new Date(ms).toISOString();
}

export interface TrackingScope {
  updateUrn: string | null;
  commentUrn: string | null;
  sponsored: boolean;
}

/**
 * v2 `data-view-tracking-scope`: JSON array of {topicName, breadcrumb:{content:{data:[bytes]}}}
 * where the bytes are UTF-8 JSON holding "updateUrn" / "commentUrn" (trusthuman
 * utils-shared-v2/parse-tracking-scope.ts, sites.md §2.1). Sponsored: topic name or flag.
 */
export function decodeTrackingScope(value: string | null | undefined): TrackingScope | null {
  if (!value || value.length > 200_000) return null;
  let entries: unknown;
  try { entries = JSON.parse(value); } catch { return null; }
  if (!Array.isArray(entries)) return null;
  const out: TrackingScope = { updateUrn: null, commentUrn: null, sponsored: /"isSponsored":true|SponsoredUpdateServed|SPONSORED_UPDATE_SERVED/.test(value) };
  for (const entry of entries) {
    const bytes = (entry as { breadcrumb?: { content?: { data?: unknown } } })?.breadcrumb?.content?.data;
    if (!Array.isArray(bytes) || bytes.length > 50_000 || !bytes.every((b) => Number.isInteger(b) && b >= 0 && b < 256)) continue;
    const text = new TextDecoder().decode(new Uint8Array(bytes as number[]));
    let inner: Record<string, unknown> = {};
    try { inner = JSON.parse(text) as Record<string, unknown>; } catch { /* fall back to regex */ }
    out.updateUrn ??= matchPostUrn(typeof inner.updateUrn === 'string' ? inner.updateUrn : /"updateUrn"\s*:\s*"([^"]+)"/.exec(text)?.[1]);
    out.commentUrn ??= parseCommentUrn(typeof inner.commentUrn === 'string' ? inner.commentUrn : null)?.urn ?? null;
    if (inner.isSponsored === true || /"isSponsored"\s*:\s*true/.test(text)) out.sponsored = true;
  }
  return out;
}

/**
 * Profile/company URL without query or sub-page: https://www.linkedin.com/in/<slug>/ (also
 * /company/, /school/, /showcase/). Relative hrefs resolve against www.linkedin.com.
 */
export function normalizeProfileUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  let url: URL;
  try { url = new URL(href, ORIGIN); } catch { return null; }
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return null;
  const m = /^\/(in|company|school|showcase)\/([^/?#]+)/.exec(url.pathname);
  return m ? `${ORIGIN}/${m[1]}/${m[2]}/` : null;
}

/** Member slug (public identifier) of an /in/ URL, decoded and lower-cased for comparison. */
export function profileSlug(url: string | null | undefined): string | null {
  const m = url ? /\/in\/([^/?#]+)/.exec(url) : null;
  if (!m) return null;
  try { return decodeURIComponent(m[1]!).toLowerCase(); } catch { return m[1]!.toLowerCase(); }
}

/**
 * Display name from actor text: drops "• 2nd" / "• Author" suffixes and collapses the
 * legacy "NameName" screen-reader duplication (OpenCLI compactRepeatedText).
 */
export function cleanName(raw: string | null | undefined): string {
  let s = (raw ?? '').replace(/\s+/g, ' ').trim();
  s = s.split(/\s*[•·]\s*/)[0]!.trim();
  const half = s.length / 2;
  if (s.length >= 4 && Number.isInteger(half) && s.slice(0, half) === s.slice(half)) s = s.slice(0, half).trim();
  return s;
}

/**
 * "1,024" → 1024, "1.2K" → 1200, "3,4 k" → 3400, "5 comments" → 5, "2M" → 2000000.
 * With a K/M/B suffix one separator followed by 1–2 digits is decimal; otherwise separators are
 * thousands grouping (en "1,024", de "1.024", fr "1 024"). No digits → null.
 */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /(\d[\d.,'\s\u00a0\u202f]*)\s*(k|m|b|mio|tsd)?\b/i.exec(text);
  if (!m) return null;
  const num = m[1]!.replace(/[\s\u00a0\u202f']+$/, '');
  const suffix = (m[2] ?? '').toLowerCase();
  const mult = suffix === 'k' || suffix === 'tsd' ? 1e3 : suffix === 'm' || suffix === 'mio' ? 1e6 : suffix === 'b' ? 1e9 : 1;
  const dec = /^(\d+)[.,](\d{1,2})$/.exec(num.replace(/[\s\u00a0\u202f']/g, ''));
  if (mult > 1 && dec) return Math.round(Number(`${dec[1]}.${dec[2]}`) * mult);
  const digits = num.replace(/[^\d]/g, '');
  return digits ? Number(digits) * mult : null;
}

const UNIT_MS: Record<string, number> = { s: 1e3, m: 6e4, min: 6e4, h: 3.6e6, d: 8.64e7, w: 6.048e8, mo: 2.592e9, y: 3.1536e10, yr: 3.1536e10 };

/**
 * Relative age as LinkedIn prints it ("3h • ", "2d", "1mo", "5yr") → milliseconds. Approximate
 * (a month is 30 days), so it is never used for postedAt (the URN is exact); kept for ordering.
 */
export function parseRelativeTime(text: string | null | undefined): number | null {
  const m = text ? /(?:^|\s)(\d{1,4})\s?(mo|min|yr|[smhdwy])(?=\s|[•·]|$)/i.exec(text.trim()) : null;
  return m ? Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]! : null;
}
