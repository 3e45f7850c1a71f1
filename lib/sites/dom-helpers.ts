/**
 * Small DOM helpers the site adapters share. No selectors here: those stay in
 * each site's selectors.ts.
 */

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global Node in tests

/** True when `b` comes after `a` in document order (or lies inside it). */
export const after = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/** querySelectorAll as an array of HTMLElements. */
export const all = (root: ParentNode, selector: string): HTMLElement[] => Array.from(root.querySelectorAll<HTMLElement>(selector));

/** Rendered and not inside a [hidden] subtree (checkVisibility where the browser has it). */
export const isVisible = (el: Element): boolean =>
  el.isConnected && !el.closest('[hidden]') && (typeof el.checkVisibility !== 'function' || el.checkVisibility());

/** Wraps an adapter method so that a hostile or half-rendered DOM yields `fallback`, never an exception into the page. */
export function neverThrow<A extends unknown[], R>(fn: (...args: A) => R, fallback: R): (...args: A) => R {
  return (...args) => {
    try {
      return fn(...args);
    } catch {
      return fallback;
    }
  };
}
