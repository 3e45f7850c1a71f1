import { browser } from 'wxt/browser';
import { checkSender, type MessageSenderInfo } from '../messaging/sender-check';

/** A message refused because of who sent it; the sender's promise rejects with it (never unhandled here). */
export class SenderRejectedError extends Error {
  override name = 'SenderRejectedError';
}

/**
 * Throws unless the sender may send `type` for `sites` (lib/messaging/sender-check.ts):
 * one of our pages, or a page of the site the message names. Call it first in a
 * handler: @webext-core/messaging turns the throw into the sender's rejection.
 */
export function assertSender(
  type: string,
  sender: MessageSenderInfo | undefined,
  sites: readonly unknown[],
  options: { extensionOnly?: boolean } = {},
): void {
  const verdict = checkSender(sender, sites, { baseUrl: browser.runtime.getURL('/'), id: browser.runtime.id }, options);
  if (!verdict.ok) throw new SenderRejectedError(`Earshot refused a "${type}" message: ${verdict.reason}.`);
}

/** The `site` of every entry (a malformed list yields a value no site equals, so it is refused). */
export function sitesOf<T>(list: readonly T[], site: (item: T) => unknown): unknown[] {
  // The types say a list of objects; a compromised sender may send anything.
  return Array.isArray(list) ? list.map((item: T) => (item == null ? undefined : site(item))) : [undefined];
}
