import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Classification, PostData, Site, TermMatch } from '../model/types';

/**
 * The one typed message protocol between content scripts, background and
 * extension pages (@webext-core/messaging: typed both ends, sendResponse/Promise
 * handling done right — see ../shared/e2e.md on fakeBrowser pitfalls).
 */

/** A post the content script saw that matched the watchlist (or is the user's own). */
export interface SeenPost {
  data: PostData;
  matches: Pick<TermMatch, 'termText' | 'kind'>[];
  classification: Classification;
  /** 'mention' (by others, brand terms), 'competitor' (only competitor terms) or 'own'. */
  role: 'mention' | 'competitor' | 'own';
  /** When the content script first saw it (ISO); the background keeps the earliest. */
  seenAt: string;
}

export interface SiteHealthReport {
  site: Site;
  url: string;
  /** Posts the adapter recognised on this page so far. */
  postsFound: number;
  /** false = a page that should show posts showed none we could read. */
  ok: boolean;
  at: string;
}

export interface RecordResult {
  /** Posts stored for the first time in this call. */
  created: number;
  /** Posts already stored (revisits, recycled elements) that were refreshed. */
  updated: number;
}

interface ProtocolMap {
  /** Classifies post texts with the full classifier, which lives in the background. */
  classifyTexts(texts: string[]): Classification[];
  recordPosts(posts: SeenPost[]): RecordResult;
  reportHealth(report: SiteHealthReport): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
