/**
 * A rendered subtree as plain data, and back: the popup stores the scorecard
 * React painted and paints the copy on the next open before React has
 * loaded (entrypoints/popup/boot.ts). Rebuilt with createElement and
 * setAttribute, never parsed as HTML: text stays text. The copy is inert (no
 * handlers); React replaces it on its first render.
 */

/** Text, or an element: tag, namespace (SVG), attributes, children. */
export type DomNode = string | { tag: string; svg?: true; attrs?: [string, string][]; children?: DomNode[] };

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements marked so are left out (their content is not covered by the snapshot's checks, or is not worth it). */
export const OMIT_ATTRIBUTE = 'data-snapshot-omit';

/** Defence in depth: the stored copy comes from our own page, but nothing in it may run code or load anything. */
const FORBIDDEN_TAGS = new Set(['script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'object', 'embed', 'form', 'foreignobject', 'use', 'image', 'img']);
const safeAttribute = (name: string, value: string): boolean =>
  !/^on/i.test(name) && !(/^(href|src|xlink:href|action|formaction)$/i.test(name) && !/^https?:/i.test(value.trim()));

export function captureDom(element: Element): DomNode {
  const attrs: [string, string][] = [];
  for (const { name, value } of element.attributes) attrs.push([name, value]);
  if (element instanceof HTMLInputElement) {
    // React sets these as properties; the attributes may say otherwise.
    const rest = attrs.filter(([n]) => n !== 'checked' && n !== 'value');
    attrs.length = 0;
    attrs.push(...rest, ['value', element.value]);
    if (element.checked) attrs.push(['checked', '']);
  }
  const children: DomNode[] = [];
  for (const child of element.childNodes) {
    if (child.nodeType === 3) children.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !(child as Element).hasAttribute(OMIT_ATTRIBUTE)) children.push(captureDom(child as Element));
  }
  return {
    tag: element.localName,
    ...(element.namespaceURI === SVG_NS && { svg: true }),
    ...(attrs.length > 0 && { attrs }),
    ...(children.length > 0 && { children }),
  };
}

/** The subtree again; throws on anything that is not a DomNode of allowed content. */
export function buildDom(node: DomNode, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  if (!isElementNode(node) || FORBIDDEN_TAGS.has(node.tag.toLowerCase())) throw new TypeError(`Not a snapshot element: ${String((node as { tag?: unknown })?.tag)}`);
  const element = node.svg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of node.attrs ?? []) if (safeAttribute(name, value)) element.setAttribute(name, value);
  for (const child of node.children ?? []) element.appendChild(buildDom(child, doc));
  return element;
}

function isElementNode(node: unknown): node is Exclude<DomNode, string> {
  if (!node || typeof node !== 'object') return false;
  const n = node as { tag?: unknown; attrs?: unknown; children?: unknown };
  return (
    typeof n.tag === 'string' &&
    /^[a-z][a-z0-9-]*$/i.test(n.tag) &&
    (n.attrs === undefined || (Array.isArray(n.attrs) && n.attrs.every((a) => Array.isArray(a) && typeof a[0] === 'string' && typeof a[1] === 'string'))) &&
    (n.children === undefined || Array.isArray(n.children))
  );
}
