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

  /**
   * The known post around a node. One drain asks for hundreds of nodes of the same few posts
   * (X re-fills a recycled cell text node by text node): answers are shared along the path.
   */
  const closestKnown = (node: Node | null, memo: Map<Node, HTMLElement | null>): HTMLElement | null => {
    const path: Node[] = [];
    let current: Node | null = node;
    let owner: HTMLElement | null = null;
    for (let depth = 0; current && depth < MAX_ANCESTOR_WALK; depth += 1) {
      const seen = memo.get(current);
      if (seen !== undefined) {
        owner = seen;
        break;
      }
      if (current.nodeType === Node.ELEMENT_NODE && known.has(current as HTMLElement)) {
        owner = current as HTMLElement;
        break;
      }
      path.push(current);
      current = current.parentNode;
    }
    for (const visited of path) memo.set(visited, owner);
    return owner;
  };

  const drain = (): void => {
    scheduled = false;
    if (options.signal.aborted) return;
    const posts = new Set<HTMLElement>();
    const memo = new Map<Node, HTMLElement | null>();
    for (const element of added) {
      if (!element.isConnected) continue;
      for (const post of options.findPosts(element)) posts.add(post);
      const owner = closestKnown(element.parentNode, memo);
      if (owner) posts.add(owner);
    }
    for (const node of changed) {
      if (!node.isConnected) continue;
      const owner = closestKnown(node, memo);
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
    // Indexed loops: on X's recycled timeline this callback sees thousands of records a second.
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.type === 'characterData') {
        changed.add(record.target);
        continue;
      }
      const addedNodes = record.addedNodes;
      for (let i = 0; i < addedNodes.length; i++) {
        const node = addedNodes[i]!;
        if (node.nodeType === Node.ELEMENT_NODE) {
          if ((node as Element).tagName !== ownTag) added.add(node as Element);
        } else if (node.nodeType === Node.TEXT_NODE) {
          changed.add(record.target);
        }
      }
      const removedNodes = record.removedNodes;
      for (let i = 0; i < removedNodes.length; i++) {
        const node = removedNodes[i]!;
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
