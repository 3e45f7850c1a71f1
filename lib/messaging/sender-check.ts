import { siteOfUrl } from '../model/site-hosts';
import { SITE_LABELS, type Site } from '../model/types';

/**
 * Who may send a message that names a site. A content script runs in the site's
 * page, next to scripts we do not control: it may write (posts, replies, case
 * actions, health reports) only for the site it runs on. Extension pages
 * (options, popup, dashboard) and the background may name any site. Pure: the
 * background passes the sender and its own URL (docs/security.md, "Who may
 * send what").
 */

/** The fields of runtime.MessageSender we read (Chrome and Firefox both set them). */
export interface MessageSenderInfo {
  /** Extension id of the sender: always ours for runtime.onMessage. */
  id?: string;
  /** URL of the document (frame) that sent the message. */
  url?: string;
  /** Set for senders inside a tab (content scripts, extension pages opened in a tab). */
  tab?: { url?: string };
}

export interface OwnExtension {
  /** runtime.getURL('/'), e.g. "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
  id?: string;
}

export type SenderVerdict = { ok: true; from: 'extension' | Site } | { ok: false; reason: string };

/** Shown in errors: the origin only (no path or query of the user's page). */
function describe(url: string | undefined): string {
  if (!url) return 'a sender without a URL';
  return URL.canParse(url) ? new URL(url).origin : 'an unreadable URL';
}

/**
 * ok when the sender is one of our extension pages, or a page of the one site
 * every `sites` entry names. `extensionOnly`: only extension pages may send it.
 * Anything not exactly a known site (undefined, a typo, another extension) is refused.
 */
export function checkSender(
  sender: MessageSenderInfo | undefined,
  sites: readonly unknown[],
  own: OwnExtension,
  options: { extensionOnly?: boolean } = {},
): SenderVerdict {
  if (!sender) return { ok: false, reason: 'the message has no sender' };
  if (own.id && sender.id && sender.id !== own.id) return { ok: false, reason: `it came from another extension (${sender.id})` };
  // The frame that sent it; the tab's URL only when the frame's is missing (a content script runs in the
  // top frame, so both agree; the tab may already show the next page while an old page's message is in flight).
  const url = sender.url ?? sender.tab?.url;
  const base = own.baseUrl.endsWith('/') ? own.baseUrl : `${own.baseUrl}/`;
  if (url?.startsWith(base)) return { ok: true, from: 'extension' };
  if (options.extensionOnly) return { ok: false, reason: `only Earshot's own pages may send it, not ${describe(url)}` };
  const site = siteOfUrl(url);
  if (!site) return { ok: false, reason: `${describe(url)} is not one of Earshot's sites` };
  const bad = sites.findIndex((s) => s !== site); // findIndex: an entry may itself be undefined
  if (bad >= 0) {
    const other = sites[bad];
    const named = typeof other === 'string' && other in SITE_LABELS ? SITE_LABELS[other as Site] : JSON.stringify(other ?? null);
    return { ok: false, reason: `a page of ${SITE_LABELS[site]} (${describe(url)}) may not send data for ${named}` };
  }
  return { ok: true, from: site };
}
