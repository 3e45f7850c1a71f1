/**
 * Watches the page for posts that appear (infinite scroll, SPA navigation) or
 * change in place (X recycles elements for other posts; Facebook fills empty
 * shells later). The observer callback only collects nodes; finding posts runs
 * later in idle time through `onCandidates`.
 */

export interface PostObserverOptions {
  /** Finds post containers in (or equal to) a subtree: the adapter's findPostElements. */
  findPosts(root: ParentNode): HTMLElement[];
  /** Receives post elements to (re)process. */
  onPosts(elements: HTMLElement[]): void;
  /** Some content left the page (lets the highlighter prune). */
  onRemoved(): void;
  /** Tag name of our own UI, whose insertion must not trigger work. */
  ownTag: string;
  signal: AbortSignal;
  /** How the collected work is deferred (idle queue); defaults to a macrotask. */
  defer?(run: () => void): void;
}

const MAX_ANCESTOR_WALK = 60;

export function observePosts(root: Node, options: PostObserverOptions): { known: WeakSet<HTMLElement>; rescan(): void } {
  const known = new WeakSet<HTMLElement>();
  const ownTag = options.ownTag.toUpperCase();
  let added = new Set<Element>();
  let changed = new Set<Node>();
  let removed = false;
  let scheduled = false;
  const defer = options.defer ?? ((run) => setTimeout(run, 0));

  const emit = (elements: HTMLElement[]): void => {
    for (const element of elements) known.add(element);
    if (elements.length > 0) options.onPosts(elements);
  };

  const closestKnown = (node: Node | null): HTMLElement | null => {
    let current: Node | null = node;
    for (let depth = 0; current && depth < MAX_ANCESTOR_WALK; depth += 1) {
      if (current instanceof HTMLElement && known.has(current)) return current;
      current = current.parentNode;
    }
    return null;
  };

  const drain = (): void => {
    scheduled = false;
    if (options.signal.aborted) return;
    const posts = new Set<HTMLElement>();
    for (const element of added) {
      if (!element.isConnected) continue;
      for (const post of options.findPosts(element)) posts.add(post);
      const owner = closestKnown(element.parentNode);
      if (owner) posts.add(owner);
    }
    for (const node of changed) {
      if (!node.isConnected) continue;
      const owner = closestKnown(node);
      if (owner) posts.add(owner);
    }
    added = new Set();
    changed = new Set();
    if (removed) {
      removed = false;
      options.onRemoved();
    }
    emit([...posts]);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        changed.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          if ((node as Element).tagName !== ownTag) added.add(node as Element);
        } else if (node.nodeType === Node.TEXT_NODE) {
          changed.add(record.target);
        }
      }
      for (const node of record.removedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === ownTag) continue;
        removed = true;
        if (node.nodeType === Node.TEXT_NODE || record.target.isConnected) changed.add(record.target);
      }
    }
    if (!scheduled && (added.size > 0 || changed.size > 0 || removed)) {
      scheduled = true;
      defer(drain);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => observer.disconnect());

  const rescan = (): void => emit(options.findPosts(root as ParentNode));
  rescan();
  return { known, rescan };
}
