/**
 * Watches the page for posts that appear (infinite scroll, SPA navigation) or
 * change in place (X recycles elements for other posts; Facebook fills empty
 * shells later). The observer callback only queues the records (constant
 * time, however many nodes the page added in one go); sorting them and finding
 * posts runs later, deferred, in slices of at most `budgetMs`, and the posts
 * go to `onPosts` slice by slice.
 *
 * Measured (bench/feed-bench.ts BENCH_CORPUS=hostile, X): a page task that
 * inserts a 55,000-emoji post hands the callback tens of thousands of records
 * at once; sorting them in the callback took 70–100 ms, a long task of ours
 * inside the page's own task.
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
  /** Longest slice of deferred work, ms (default 8); the rest waits for the next deferral. */
  budgetMs?: number;
  /** The clock for the budget (tests). */
  now?(): number;
}

const MAX_ANCESTOR_WALK = 60;

export function observePosts(root: Node, options: PostObserverOptions): { known: WeakSet<HTMLElement>; rescan(): void } {
  const known = new WeakSet<HTMLElement>();
  const ownTag = options.ownTag.toUpperCase();
  /** Record batches as the observer handed them over, not yet sorted; `cursor` is the next record of the first. */
  const batches: MutationRecord[][] = [];
  let cursor = 0;
  const added = new Set<Element>();
  const changed = new Set<Node>();
  let removed = false;
  let scheduled = false;
  const defer = options.defer ?? ((run) => setTimeout(run, 0));
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const schedule = (): void => {
    if (scheduled || options.signal.aborted) return;
    scheduled = true;
    defer(drain);
  };

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

  /** Sorts one record into added elements, changed nodes and removals. */
  const sort = (record: MutationRecord): void => {
    if (record.type === 'characterData') {
      changed.add(record.target);
      return;
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
  };

  /**
   * One slice: sort queued records, then find posts in added subtrees and the
   * known posts around changed nodes, until the budget is spent (checked every
   * few dozen records or nodes: one check costs about what one record does).
   * Whatever is left waits for the next slice; what was found is emitted now.
   */
  const drain = (): void => {
    scheduled = false;
    if (options.signal.aborted) return;
    const start = now();
    const spent = (): boolean => now() - start >= budget;
    const posts = new Set<HTMLElement>();
    const memo = new Map<Node, HTMLElement | null>();
    let outOfTime = false;
    // Indexed loops: on X's recycled timeline there are thousands of records a second.
    sorting: while (batches.length > 0) {
      const records = batches[0]!;
      while (cursor < records.length) {
        sort(records[cursor++]!);
        if ((cursor & 63) === 0 && spent()) {
          outOfTime = true;
          break sorting;
        }
      }
      batches.shift();
      cursor = 0;
    }
    if (!outOfTime) {
      let n = 0;
      for (const element of added) {
        added.delete(element);
        if (element.isConnected) {
          for (const post of options.findPosts(element)) posts.add(post);
          const owner = closestKnown(element.parentNode, memo);
          if (owner) posts.add(owner);
        }
        if ((++n & 15) === 0 && spent()) {
          outOfTime = true;
          break;
        }
      }
    }
    if (!outOfTime) {
      let n = 0;
      for (const node of changed) {
        changed.delete(node);
        if (node.isConnected) {
          const owner = closestKnown(node, memo);
          if (owner) posts.add(owner);
        }
        if ((++n & 63) === 0 && spent()) {
          outOfTime = true;
          break;
        }
      }
    }
    if (removed) {
      removed = false;
      options.onRemoved();
    }
    emit([...posts]);
    if (outOfTime || batches.length > 0 || added.size > 0 || changed.size > 0) schedule();
  };

  // Constant time per call: the records are sorted later, in budgeted slices (see the header).
  const observer = new MutationObserver((records) => {
    batches.push(records);
    schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => observer.disconnect());

  const rescan = (): void => emit(options.findPosts(root as ParentNode));
  rescan();
  return { known, rescan };
}
