/**
 * Aho–Corasick automaton over UTF-16 code units. Built once per watchlist, it
 * finds every occurrence of every pattern in one pass over the text, so the
 * cost grows with the text's length (plus matches), not with the number of terms.
 */

const ROOT = 0;

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

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0) this.own[this.insert(pattern)]!.push(index);
    });
    this.link();
    for (const [c, child] of this.children[ROOT]!) this.rootNext[c] = child;
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

  /** Breadth-first, so every node's fail target is finished before the node. */
  private link(): void {
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
  }

  private step(node: number, c: number): number {
    while (node !== ROOT) {
      const next = this.children[node]!.get(c);
      if (next !== undefined) return next;
      node = this.fail[node]!;
    }
    return this.rootNext[c]!;
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
    let node = ROOT;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      for (let out = node; out !== -1; out = this.dict[out]!) {
        for (const pattern of this.own[out]!) if (accept(pattern)) return true;
      }
    }
    return false;
  }
}
