import type { PostData, Site } from '../model/types';

/** Who is logged in, as far as the page shows it. */
export interface CurrentUser {
  /** X handle without @, LinkedIn public identifier (slug), Facebook numeric id or vanity. */
  id: string | null;
  /** Profile URL where known (LinkedIn/Facebook). */
  profileUrl: string | null;
  name: string | null;
}

/** A post or comment found on the page, with the elements the in-page layer needs. */
export interface FoundPost {
  /** The site's own container of one post or comment: the element that gets data-earshot. */
  element: HTMLElement;
  /**
   * Elements holding this post's own text, in reading order. The shared text extractor
   * walks only these (quoted posts, nested comments and UI chrome are outside them).
   */
  textRoots: Element[];
  /** Where the chip goes: it is inserted as the first child of this element (inside `element`). */
  chipHost: HTMLElement;
  /** Everything but the text, which the shared extractor (lib/dom/extract-text) reads from textRoots. */
  data: Omit<PostData, 'text'>;
}

/**
 * One adapter per site. Every selector for the site lives in the adapter's
 * selectors.ts; the rest of the extension sees only this interface.
 * All methods are synchronous, side-effect free reads of the DOM.
 */
export interface SiteAdapter {
  site: Site;
  /** Extra elements inside text roots that are not the post's words (e.g. "…more" buttons), as a selector. */
  textSkip?: string;
  /** Block-looking elements inside text roots that are really inline (X: divs around @mentions). */
  textInline?: string;
  /** True when this adapter handles the page's host name. */
  matchesHost(hostname: string): boolean;
  /**
   * Post and comment containers inside (or equal to) `root`, in document order.
   * May include containers whose data cannot be read yet (readPost returns null).
   */
  findPostElements(root: ParentNode): HTMLElement[];
  /** Reads one container; null when it is not a post/comment we can identify (yet). */
  readPost(element: HTMLElement, user: CurrentUser | null): FoundPost | null;
  /** The logged-in user, read from the page chrome (null when not shown). */
  readCurrentUser(doc: Document): CurrentUser | null;
  /**
   * Whether a page at this URL should show posts (feed, profile, status, search…).
   * Drives the site-health signal: such a page with zero posts after load = layout not recognised.
   */
  expectsPosts(url: URL): boolean;
}
