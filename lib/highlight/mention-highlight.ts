/**
 * The page's highlights, through the CSS Custom Highlight API: the site's DOM is
 * never rewritten. One Highlight named `earshot-mention` (product.md §8) holds one
 * range per matched term occurrence; ranges are tracked per post element so a
 * re-rendered or recycled post drops its old ranges.
 */

export const HIGHLIGHT_NAME = 'earshot-mention';

export interface MentionHighlighter {
  set(element: Element, ranges: Range[]): void;
  clear(element: Element): void;
  /** Drops ranges whose text left the page (virtualised lists collapse them). */
  prune(): void;
  dispose(): void;
}

/** Browsers without the API (or tests) still get markers and chips, just no highlight. */
export function createMentionHighlighter(): MentionHighlighter {
  const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  const highlight = supported ? new Highlight() : null;
  if (highlight) CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  const byElement = new Map<Element, Range[]>();

  const remove = (element: Element): void => {
    const old = byElement.get(element);
    if (!old) return;
    for (const range of old) highlight?.delete(range);
    byElement.delete(element);
  };

  return {
    set(element, ranges) {
      remove(element);
      if (ranges.length === 0) return;
      byElement.set(element, ranges);
      for (const range of ranges) highlight?.add(range);
    },
    clear: remove,
    prune() {
      for (const [element, ranges] of byElement) {
        if (!element.isConnected || ranges.every((r) => r.collapsed)) remove(element);
      }
    },
    dispose() {
      for (const element of [...byElement.keys()]) remove(element);
      if (highlight && CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    },
  };
}
