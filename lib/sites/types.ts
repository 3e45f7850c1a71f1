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
  /**
   * Fast path, run on every post the page shows (optional: without it every post is read in full).
   * The elements holding the container's own text — exactly the `textRoots` readPost would give —
   * or null when the element is not a post container at all. Must cost a few native queries:
   * 95% of a feed never matches the watchlist and is never read further.
   */
  readTextRoots?(element: HTMLElement): Element[] | null;
  /**
   * Fast path, with readTextRoots: false only when readPost could never call this post the user's
   * own (own posts are read in full whatever their text, for the engagement KPIs). Cheap and
   * conservative: a false "maybe" costs one full read, a false "no" loses an own post.
   */
  mayBeOwn?(element: HTMLElement, user: CurrentUser | null): boolean;
  /** The logged-in user, read from the page chrome (null when not shown). */
  readCurrentUser(doc: Document): CurrentUser | null;
  /**
   * Whether a page at this URL should show posts (feed, profile, status, search…).
   * Drives the site-health signal: such a page with zero posts after load = layout not recognised.
   */
  expectsPosts(url: URL): boolean;
  /** Reply boxes (Quick replies); absent until the site supports them. */
  reply?: ReplyAdapter;
}

/**
 * How to reach a site's own reply box for a post (Quick replies). All
 * selectors stay in the adapter; Earshot never presses the site's submit button.
 */
export interface ReplyAdapter {
  /** The reply/comment editor already open for this post or comment (the contenteditable element), if any. */
  findOpenEditor(post: HTMLElement): HTMLElement | null;
  /**
   * Clicks the site's own Reply/Comment control for this post (a user-initiated action).
   * Returns false when the post has no such control.
   */
  clickReplyOpener(post: HTMLElement): boolean;
  /** True when `element` is (or is inside) one of the site's reply/comment editors — not a DM or the "new post" composer. */
  isReplyEditor(element: Element): boolean;
  /** The editor element for any element inside it (the contenteditable root), or null. */
  editorFor(element: Element): HTMLElement | null;
  /** The site's submit button for this editor (Reply / Post / Comment), or null. */
  findSubmitButton(editor: HTMLElement): HTMLElement | null;
  /** The post or comment container this editor replies to, when the page shows it. */
  postForEditor(editor: HTMLElement): HTMLElement | null;
  /** Enter (without Shift) submits on this site (Facebook comments). */
  submitsOnEnter: boolean;
}
