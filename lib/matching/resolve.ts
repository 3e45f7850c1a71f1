/**
 * Post-processing of raw automaton hits: exclusion coverage and the choice of
 * non-overlapping matches. Highlights need disjoint ranges, and a post's term
 * list should not count "Northwind" again inside "Northwind Coffee".
 */

/**
 * A set of spans (exclusion phrase occurrences) answering "which one contains
 * [start, end)" in O(log n), so a hostile post repeating a phrase thousands of
 * times stays cheap.
 */
export class SpanCover {
  private readonly spans: Array<[number, number]> = [];
  private sealed = true;
  /** furthest[i]: index of the span with the largest end among spans[0..i] (sorted by start). */
  private furthest: number[] = [];

  add(start: number, end: number): void {
    this.spans.push([start, end]);
    this.sealed = false;
  }

  /** The span (the one reaching furthest) that contains [start, end), or null. */
  covering(start: number, end: number): [number, number] | null {
    if (this.spans.length === 0) return null;
    if (!this.sealed) this.seal();
    // Last span whose start is <= start.
    let lo = 0;
    let hi = this.spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]![0] <= start) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) return null;
    const best = this.spans[this.furthest[found]!]!;
    return best[1] >= end ? best : null;
  }

  private seal(): void {
    this.spans.sort((a, b) => a[0] - b[0]);
    let best = 0;
    this.furthest = this.spans.map((span, i) => (best = span[1] > this.spans[best]![1] ? i : best));
    this.sealed = true;
  }
}

export interface Candidate {
  start: number;
  end: number;
  /** Position of the term in the watchlist: ties go to the earlier term. */
  order: number;
  competitor: boolean;
}

/**
 * Keeps non-overlapping candidates, sorted by start: at the same start the
 * longest wins, then a non-competitor over a competitor, then the earlier term;
 * of two partially overlapping matches the one starting first wins.
 */
export function pickNonOverlapping<T extends Candidate>(candidates: T[]): T[] {
  candidates.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(a.competitor) - Number(b.competitor) ||
      a.order - b.order,
  );
  const kept: T[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}
