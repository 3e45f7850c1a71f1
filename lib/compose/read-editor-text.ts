/**
 * Reads a rich-text editor's text back from its DOM, block-aware: every block is one line, so
 * the result can be compared with what was inserted, newlines included. Works for the DOM that
 * Draft.js, Lexical, Quill and ProseMirror render (the editors' models are out of reach of a
 * content script). lib/dom/extract-text.ts is for matching post text and merges empty lines, so
 * it cannot tell "a\n\nb" from "a\nb".
 */

/** Elements that hold lines (or groups of lines) in the editors we insert into. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'FIGURE',
]);

/**
 * Not the user's text: Quill 1's hidden paste target, Draft's placeholder (its real text sits
 * in span[data-text="true"], which is kept), and non-content elements.
 */
const SKIP = '.ql-clipboard, .public-DraftEditorPlaceholder-root, script, style, template, noscript';

/** Zero-width characters editors use as caret anchors; they are not text the user wrote. */
export const ZERO_WIDTH = /[\u200B\uFEFF]/g;

/** The text as lines: one per block; <br> is a line break except the placeholder break that ends a block. */
export function readEditorText(root: Element): string {
  const lines: string[] = [];
  let line: string | null = null; // null: no line open since the last block boundary

  const closeLine = (): void => {
    if (line === null) return;
    // "<p><br></p>" is an empty line and "a<br><br>" is "a\n": a block's last <br> only keeps it open.
    lines.push(line.endsWith('\n') ? line.slice(0, -1) : line);
    line = null;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      line = (line ?? '') + (node as Text).data.replace(ZERO_WIDTH, '');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.matches(SKIP)) return;
    if (el.tagName === 'BR') {
      line = (line ?? '') + '\n';
      return;
    }
    if (el.tagName === 'IMG') {
      line = (line ?? '') + ((el as HTMLImageElement).alt ?? ''); // emoji drawn as <img alt="🔥">
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    const linesBefore = lines.length;
    if (block) closeLine();
    for (const child of Array.from(el.childNodes)) visit(child);
    if (!block) return;
    // A block with nothing in it at all (no <br> either) still shows as an empty line.
    if (line === null && lines.length === linesBefore) lines.push('');
    else closeLine();
  };

  for (const child of Array.from(root.childNodes)) visit(child);
  closeLine();
  return lines.join('\n');
}

/** Whitespace-insensitive form for comparisons (nbsp, newlines and runs of spaces are all one space). */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
