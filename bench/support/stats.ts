/** Small statistics and formatting helpers shared by the benchmarks. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function min(xs: readonly number[]): number {
  return Math.min(...xs);
}

export function max(xs: readonly number[]): number {
  return Math.max(...xs);
}

/** "12.3 (10.1–15.0)": median and full range. */
export function spread(xs: readonly number[], digits = 1): string {
  return `${median(xs).toFixed(digits)} (${min(xs).toFixed(digits)}–${max(xs).toFixed(digits)})`;
}

export const ratio = (a: number, b: number, digits = 2): string => (b > 0 ? `${(a / b).toFixed(digits)}×` : 'n/a');

/** One result line every bench prints and run-all.ts collects: `RESULT {json}`. */
export interface BenchResult {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

export function emit(result: BenchResult): void {
  console.log(`RESULT ${JSON.stringify(result)}`);
}

export function table(rows: (string | number)[][], header: string[]): string {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]): string => r.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
