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

/**
 * A value as the inside of a double-quoted CSS string (attribute selectors built from page or
 * user data): quotes and backslashes escaped, line breaks as hex escapes.
 */
export const cssString = (value: string): string =>
  value.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);

/** True when an ancestor of `el` (or `el` itself, with `self`) is in `set`. */
export function ancestorIn(el: Element, set: ReadonlySet<Element>, self = false): boolean {
  for (let a = self ? el : el.parentElement; a; a = a.parentElement) if (set.has(a)) return true;
  return false;
}

/** The elements and all their ancestors: "contains one of them" becomes a set lookup (no pairwise contains()). */
export function withAncestors(els: Iterable<Element>): Set<Element> {
  const out = new Set<Element>();
  for (const el of els) for (let a: Element | null = el; a && !out.has(a); a = a.parentElement) out.add(a);
  return out;
}

/**
 * A test "x is inside, around or equal to one of `els`". Pairwise contains() for a few; for many
 * (a rescan of a long feed) set lookups along ancestor chains, so the cost stays linear.
 */
export function overlapTest(els: readonly Element[]): (x: Element) => boolean {
  if (els.length <= 8) return (x) => els.some((e) => e.contains(x) || x.contains(e));
  const set = new Set(els);
  const around = withAncestors(els);
  return (x) => around.has(x) || ancestorIn(x, set);
}

/** A selector list and its top-level parts ("a, b:not(c, d)" → "a", "b:not(c, d)"). */
export interface SplitSelector {
  whole: string;
  parts: readonly string[];
}

/** Splits a selector list at its top-level commas: browsers answer one simple selector much faster than a list. */
export function splitSelector(whole: string): SplitSelector {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < whole.length; i++) {
    const c = whole[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(whole.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(whole.slice(start).trim());
  return { whole, parts: parts.filter(Boolean) };
}

const isElement = (n: unknown): n is HTMLElement => !!n && (n as Node).nodeType === 1;

/**
 * Matches of `sel` inside root, root included, each once, in no particular order: one query per
 * part. `rootMayMatch` false (the caller asked once for all its selectors) skips the root's own test.
 */
export function withinAny(root: ParentNode, sel: SplitSelector, rootMayMatch = true): Set<HTMLElement> {
  const out = new Set<HTMLElement>();
  if (rootMayMatch && isElement(root) && root.matches(sel.whole)) out.add(root);
  for (const part of sel.parts) for (const el of root.querySelectorAll<HTMLElement>(part)) out.add(el);
  return out;
}

/**
 * `els` in document order (an element listed twice stays twice). A few are sorted in place; many are put in
 * the order of one query for `listing` (which should match them all), since comparing the
 * positions of siblings walks the sibling list.
 */
export function inDocumentOrder<T extends Element>(els: T[], root: ParentNode, listing: string): T[] {
  const sort = (): T[] => els.sort((a, b) => (after(a, b) ? -1 : 1));
  if (els.length <= 16) return sort();
  const count = new Map<Element, number>();
  for (const el of els) count.set(el, (count.get(el) ?? 0) + 1);
  const out: T[] = [];
  const listed = isElement(root) && root.matches(listing) ? [root, ...root.querySelectorAll(listing)] : [...root.querySelectorAll(listing)];
  for (const el of listed) for (let n = count.get(el) ?? 0; n > 0; n--) out.push(el as T);
  return out.length === els.length ? out : sort();
}
