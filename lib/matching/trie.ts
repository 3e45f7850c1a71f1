/**
 * Aho–Corasick automaton over UTF-16 code units. Built once per watchlist, it
 * finds every occurrence of every pattern in one pass over the text, so the
 * cost grows with the text's length (plus matches), not with the number of terms.
 */

const ROOT = 0;
const ASCII = 128;
/** Nodes with a dense ASCII row (breadth-first, so the shallowest): 1,024 × 128 × 4 bytes. */
const DENSE_NODES = 1024;

export class AhoCorasick {
  /** children[node]: code unit → child node. */
  private readonly children: Map<number, number>[] = [new Map()];
  /** fail[node]: longest proper suffix of node's string that is also a trie path. */
  private readonly fail: number[] = [ROOT];
  /** own[node]: patterns that end exactly at node. */
  private readonly own: number[][] = [[]];
  /** dict[node]: nearest node on the fail chain with patterns of its own (-1: none);
   *  walking it instead of merging output lists keeps memory linear. */
  private readonly dict: number[] = [-1];
  /** Length of each pattern, in code units. */
  readonly lengths: readonly number[];
  /** The root's transitions as a flat table over all UTF-16 units: most steps of a text that
   *  matches nothing start at the root, and an array read beats a Map lookup there. */
  private readonly rootNext = new Int32Array(0x10000);
  /**
   * Complete ASCII transitions (failure links already followed) for the shallowest nodes, where
   * a scan spends almost all its steps: row denseRow[node] of `dense`, or -1. Capped, so memory
   * stays ~0.5 MB whatever the watchlist.
   */
  private denseRow = new Int32Array(0);
  private dense = new Int32Array(0);
  /** 1 where a node or its failure chain ends a pattern: most steps end at nodes that end none. */
  private readonly ends: Uint8Array;

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0) this.own[this.insert(pattern)]!.push(index);
    });
    const order = this.link();
    for (const [c, child] of this.children[ROOT]!) this.rootNext[c] = child;
    this.buildDense(order);
    this.ends = Uint8Array.from(this.own, (own, node) => (own.length > 0 || this.dict[node]! !== -1 ? 1 : 0));
  }

  private buildDense(order: number[]): void {
    const rows = Math.min(order.length, DENSE_NODES);
    this.denseRow = new Int32Array(this.children.length).fill(-1);
    this.dense = new Int32Array(rows * ASCII);
    // Breadth-first: a node's failure target is shallower, so its row is already complete.
    for (let row = 0; row < rows; row++) {
      const node = order[row]!;
      this.denseRow[node] = row;
      const failRow = node === ROOT ? -1 : this.denseRow[this.fail[node]!]!;
      for (let c = 0; c < ASCII; c++) {
        const child = this.children[node]!.get(c);
        this.dense[row * ASCII + c] = child ?? (failRow < 0 ? ROOT : this.dense[failRow * ASCII + c]!);
      }
    }
  }

  private insert(pattern: string): number {
    let node = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let child = this.children[node]!.get(c);
      if (child === undefined) {
        child = this.children.length;
        this.children.push(new Map());
        this.fail.push(ROOT);
        this.own.push([]);
        this.dict.push(-1);
        this.children[node]!.set(c, child);
      }
      node = child;
    }
    return node;
  }

  /** Breadth-first, so every node's fail target is finished before the node. Returns the nodes in that order, root first. */
  private link(): number[] {
    const queue: number[] = [];
    for (const child of this.children[ROOT]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of this.children[node]!) {
        let f = this.fail[node]!;
        while (f !== ROOT && !this.children[f]!.has(c)) f = this.fail[f]!;
        const target = this.children[f]!.get(c);
        const fc = target !== undefined && target !== child ? target : ROOT;
        this.fail[child] = fc;
        this.dict[child] = this.own[fc]!.length > 0 ? fc : this.dict[fc]!;
        queue.push(child);
      }
    }
    return [ROOT, ...queue];
  }

  private step(node: number, c: number): number {
    const ascii = c < ASCII;
    for (;;) {
      if (ascii) {
        const row = this.denseRow[node]!;
        if (row >= 0) return this.dense[row * ASCII + c]!;
      }
      if (node === ROOT) return this.rootNext[c]!;
      const next = this.children[node]!.get(c);
      if (next !== undefined) return next;
      node = this.fail[node]!;
    }
  }

  /** Calls `onMatch(pattern, end)` for every occurrence (end exclusive), in order of end. */
  search(text: string, onMatch: (pattern: number, end: number) => void): void {
    let node = ROOT;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      for (let out = node; out !== -1; out = this.dict[out]!) {
        for (const pattern of this.own[out]!) onMatch(pattern, i + 1);
      }
    }
  }

  /** True at the first occurrence of any pattern `accept` takes; stops there. */
  some(text: string, accept: (pattern: number) => boolean): boolean {
    const scan = this.scanner(accept);
    for (let i = 0; i < text.length; i++) if (scan.unit(text.charCodeAt(i))) return true;
    return false;
  }

  /**
   * A scan fed one unit at a time (a text normalised on the fly, lib/matching/normalize.ts
   * scanNormalized): `unit` returns true at the first occurrence of a pattern `accept` takes.
   * The dense ASCII step is inlined: it is nearly every step of a feed.
   */
  scanner(accept: (pattern: number) => boolean): { unit(u: number): boolean } {
    const { dense, denseRow, ends, own, dict } = this;
    let node = ROOT;
    return {
      unit: (u) => {
        const row = u < ASCII ? denseRow[node]! : -1;
        node = row >= 0 ? dense[row * ASCII + u]! : this.step(node, u);
        if (ends[node] === 0) return false;
        for (let out = node; out !== -1; out = dict[out]!) {
          for (const pattern of own[out]!) if (accept(pattern)) return true;
        }
        return false;
      },
    };
  }
}
