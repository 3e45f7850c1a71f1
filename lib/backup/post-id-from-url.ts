import type { Site } from '../model/types';
import { parsePermalink, permalinkPostId } from '../sites/facebook/parse';

/**
 * Post ids for backup entries that carry only a permalink. The ids follow the
 * adapters' convention (product.md §6, sites.md §5): X status id, LinkedIn
 * URN, Facebook pfbid / story_fbid / group post id. A comment gets its own id
 * so it never merges with the post it belongs to. Pure, no DOM.
 */
export function postIdFromUrl(site: Site, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const id = site === 'x' ? xId(parsed) : site === 'linkedin' ? linkedInId(parsed) : facebookId(parsed);
  return id ?? url;
}

/** The site a permalink belongs to, or null for any other host. */
export function siteFromUrl(url: string): Site | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const is = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (is('x.com') || is('twitter.com')) return 'x';
  if (is('linkedin.com')) return 'linkedin';
  if (is('facebook.com') || host === 'fb.com') return 'facebook';
  return null;
}

/** `/<handle>/status/<id>` (also `/i/web/status/<id>`, `/statuses/<id>`). */
function xId(url: URL): string | null {
  return /\/status(?:es)?\/(\d+)/.exec(url.pathname)?.[1] ?? null;
}

const LINKEDIN_URN = /urn:li:(activity|ugcPost|share):(\d+)/;

function linkedInId(url: URL): string | null {
  // A comment's permalink is its post's URL plus ?commentUrn=urn:li:comment:(activity:1,2).
  const comment = url.searchParams.get('commentUrn') ?? url.searchParams.get('replyUrn');
  if (comment?.startsWith('urn:li:comment:')) return comment;
  const path = safeDecode(url.pathname);
  const urn = LINKEDIN_URN.exec(path);
  if (urn) return `urn:li:${urn[1]}:${urn[2]}`;
  // Public share URLs: /posts/<slug>-activity-<id>-<hash>/
  const share = /-activity-(\d+)/.exec(path);
  return share ? `urn:li:activity:${share[1]}` : null;
}

/** Same parser as the Facebook adapter, so imported and newly seen posts share keys. */
function facebookId(url: URL): string | null {
  const link = parsePermalink(url.href);
  return link ? permalinkPostId(link) : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
