import type { DomNode } from './dom-snapshot';

/**
 * React's static markup (react-dom/server renderToStaticMarkup of our own
 * components) as DomNodes, for a context with no DOM: the background's copy of
 * the popup's first paint (lib/background/popup-snapshot-refresh.ts). It reads
 * only what React writes: double-quoted attributes, its five escapes (plus
 * numeric ones), void elements, `/>` leaves, SVG. Anything else throws: the
 * caller then stores no copy and the popup loads as it would without one.
 * Text stays text; the result goes through buildDom's checks when painted.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TOKEN = /<\/([a-zA-Z][\w:-]*)>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)/gy;
const ATTRIBUTE = /([^\s"'>/=]+)(?:="([^"]*)")?/g;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decode = (s: string): string =>
  s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    name ? NAMED[name.toLowerCase()]! : String.fromCodePoint(parseInt(hex ?? dec!, hex ? 16 : 10)),
  );

type Element = Exclude<DomNode, string>;

export function markupToDom(html: string): DomNode[] {
  const root: DomNode[] = [];
  const open: { node: Element; children: DomNode[] }[] = [];
  const add = (node: DomNode): void => {
    (open.length > 0 ? open[open.length - 1]!.children : root).push(node);
  };
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(html);
    if (!m) throw new SyntaxError(`Unexpected markup at ${at}`);
    const [, closing, tag, attrText, selfClosing, text] = m;
    if (text !== undefined) {
      add(decode(text));
    } else if (closing !== undefined) {
      const top = open.pop();
      if (!top || top.node.tag !== closing) throw new SyntaxError(`Unbalanced </${closing}> at ${at}`);
      if (top.children.length > 0) top.node.children = top.children;
    } else if (tag !== undefined) {
      const svg = tag === 'svg' || (open.length > 0 && open[open.length - 1]!.node.svg === true);
      const attrs: [string, string][] = [];
      for (const a of (attrText ?? '').matchAll(ATTRIBUTE)) attrs.push([a[1]!, decode(a[2] ?? '')]);
      const node: Element = { tag, ...(svg && { svg: true as const }), ...(attrs.length > 0 && { attrs }) };
      add(node);
      if (!selfClosing && !VOID.has(tag.toLowerCase())) open.push({ node, children: [] });
    }
    // Comments are dropped.
  }
  if (open.length > 0) throw new SyntaxError(`Unclosed <${open[open.length - 1]!.node.tag}>`);
  return root;
}
