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

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0) this.own[this.insert(pattern)]!.push(index);
    });
    this.link();
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

  /** Calls `onMatch(pattern, end)` for every occurrence (end exclusive), in order of end. */
  search(text: string, onMatch: (pattern: number, end: number) => void): void {
    let node = ROOT;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = this.children[node]!.get(c);
      while (next === undefined && node !== ROOT) {
        node = this.fail[node]!;
        next = this.children[node]!.get(c);
      }
      node = next ?? ROOT;
      for (let out = node; out !== -1; out = this.dict[out]!) {
        for (const pattern of this.own[out]!) onMatch(pattern, i + 1);
      }
    }
  }
}
