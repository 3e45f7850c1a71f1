/**
 * Builds one string per post from the post's text elements, remembering which DOM
 * node every character came from so that match offsets can be turned back into
 * Ranges for the CSS Custom Highlight API. Site-independent: adapters say which
 * elements hold the text and which extra elements to skip.
 */

/** A run of the extracted string that came from one node (or a synthetic line break). */
export interface TextSegment {
  /** Text node, or the <img> whose alt text stands in for an emoji; null = inserted line break. */
  node: Text | HTMLImageElement | null;
  start: number;
  end: number;
}

export interface ExtractedText {
  text: string;
  segments: TextSegment[];
}

/**
 * Screen-reader-only copies (LinkedIn writes every name twice), our own UI and
 * non-content elements. Visible aria-hidden copies are kept on purpose: LinkedIn's
 * visible copy is the aria-hidden one.
 */
const ALWAYS_SKIP =
  'script,style,template,noscript,textarea,input,button,svg,earshot-chip,[hidden],.visually-hidden,.sr-only,.a11y-text,.screen-reader-text';

/** Elements that start a new line; matches must not run across them. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TR', 'TD', 'TH', 'DD', 'DT', 'FIGCAPTION',
]);

export interface ExtractOptions {
  /** Extra selector of elements to leave out (an adapter's quoted-post or "see more" button). */
  skip?: string;
  /** Elements that look like blocks but sit inside a line (X wraps @mentions in inline divs). */
  inline?: string;
  /** Stop after this many characters (hostile 100,000-character posts are cut, not choked on). */
  maxLength?: number;
  /**
   * Stop after visiting this many nodes. The cost of a walk is per node, not per character:
   * a hostile post of 10,000 emoji images took 24 ms to walk (bench/feed-bench.ts
   * BENCH_CORPUS=hostile, Facebook). A real post has a few hundred nodes.
   */
  maxNodes?: number;
  /** false: the text only (the fast path of a post that will not be highlighted). */
  segments?: boolean;
}

export const DEFAULT_MAX_TEXT = 20_000;
export const DEFAULT_MAX_NODES = 4_000;

export function extractText(roots: readonly Element[], options: ExtractOptions = {}): ExtractedText {
  const skip = options.skip ? `${ALWAYS_SKIP},${options.skip}` : ALWAYS_SKIP;
  const maxLength = options.maxLength ?? DEFAULT_MAX_TEXT;
  let nodesLeft = options.maxNodes ?? DEFAULT_MAX_NODES;
  const keepSegments = options.segments !== false;
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let endsWithBreak = false;

  const push = (node: TextSegment['node'], value: string): void => {
    if (!value || length >= maxLength) return;
    const room = maxLength - length;
    const piece = value.length > room ? value.slice(0, room) : value;
    if (keepSegments) segments.push({ node, start: length, end: length + piece.length });
    parts.push(piece);
    length += piece.length;
    endsWithBreak = piece.endsWith('\n');
  };
  const breakLine = (): void => {
    if (length > 0 && !endsWithBreak) push(null, '\n');
  };

  const isBlock = (el: Element): boolean => BLOCK_TAGS.has(el.tagName) && !(options.inline && el.matches(options.inline));

  for (const root of roots) {
    if (length >= maxLength || nodesLeft <= 0) break;
    breakLine();
    // One native query finds what to leave out (usually nothing); the walk then checks a Set
    // instead of matching a long selector list against every element of the post.
    const skipped = root.querySelector(skip) ? new Set(root.querySelectorAll(skip)) : null;
    // Text in different blocks is on different lines: each level of the walk knows its nearest
    // block ancestor inside the root. An explicit stack: hostile markup may nest very deep.
    const stack: { next: Node | null; block: Element }[] = [{ next: root.firstChild, block: root }];
    let block: Element = root;
    while (stack.length > 0 && length < maxLength) {
      const level = stack[stack.length - 1]!;
      const node = level.next;
      if (!node) {
        stack.pop();
        continue;
      }
      if (--nodesLeft < 0) break;
      level.next = node.nextSibling;
      let value: string;
      if (node.nodeType === Node.TEXT_NODE) {
        value = (node as Text).data;
        if (value === '') continue;
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (skipped?.has(el)) continue;
        if (el.tagName === 'BR') {
          push(null, '\n');
          continue;
        }
        if (el.tagName === 'IMG') {
          value = (el as HTMLImageElement).alt;
          if (!value) continue;
        } else {
          if (el.firstChild) stack.push({ next: el.firstChild, block: isBlock(el) ? el : level.block });
          continue;
        }
      } else {
        continue;
      }
      if (level.block !== block) {
        breakLine();
        block = level.block;
      }
      push(node as Text | HTMLImageElement, value);
    }
  }
  return { text: parts.join(''), segments };
}

/** Finds the segment holding UTF-16 offset `pos` (binary search; segments are sorted). */
export function findSegment(segments: readonly TextSegment[], pos: number): TextSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (pos < seg.start) hi = mid - 1;
    else if (pos >= seg.end) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

/**
 * Turns [start, end) of an extracted text into a live Range over the page's nodes.
 * Returns null when the span touches only synthetic line breaks.
 */
export function rangeForSpan(doc: Document, segments: readonly TextSegment[], start: number, end: number): Range | null {
  const first = findSegment(segments, start);
  const last = findSegment(segments, end - 1);
  if (!first?.node || !last?.node) return null;
  const range = doc.createRange();
  if (first.node.nodeType === Node.TEXT_NODE) range.setStart(first.node, start - first.start);
  else range.setStartBefore(first.node);
  if (last.node.nodeType === Node.TEXT_NODE) range.setEnd(last.node, end - last.start);
  else range.setEndAfter(last.node);
  return range;
}
