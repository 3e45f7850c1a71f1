/**
 * Accuracy of a classifier over a labelled set: shared by the unit test (which
 * asserts the targets) and bench/classify-accuracy.ts (which prints them).
 */
import { POST_KINDS, type PostKind, type Site } from '../model/types';

export interface LabelledPost {
  site: Site;
  text: string;
  kind: PostKind;
}

export interface ClassStats {
  count: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  post: LabelledPost;
  predicted: PostKind;
  reasons: string[];
}

export interface Evaluation {
  perClass: Record<PostKind, ClassStats>;
  /** confusion[actual][predicted] */
  confusion: Record<PostKind, Record<PostKind, number>>;
  accuracy: number;
  /** Mean per-class recall ("macro accuracy"): each class counts equally, however many posts it has. */
  macroRecall: number;
  misses: Miss[];
}

/** Parses JSON Lines, skipping blank lines; throws with the line number on a bad row. */
export function parseLabelled(jsonl: string): LabelledPost[] {
  return jsonl
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      const row = JSON.parse(line) as LabelledPost;
      if (!POST_KINDS.includes(row.kind) || typeof row.text !== 'string') throw new Error(`labelled set line ${n}: bad row`);
      return row;
    });
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function evaluate(
  posts: readonly LabelledPost[],
  classify: (text: string) => { kind: PostKind; reasons: string[] },
): Evaluation {
  const zeroRow = () => Object.fromEntries(POST_KINDS.map((k) => [k, 0])) as Record<PostKind, number>;
  const confusion = Object.fromEntries(POST_KINDS.map((k) => [k, zeroRow()])) as Evaluation['confusion'];
  const misses: Miss[] = [];
  for (const post of posts) {
    const result = classify(post.text);
    confusion[post.kind][result.kind] += 1;
    if (result.kind !== post.kind) misses.push({ post, predicted: result.kind, reasons: result.reasons });
  }
  const perClass = {} as Record<PostKind, ClassStats>;
  for (const kind of POST_KINDS) {
    const count = POST_KINDS.reduce((sum, p) => sum + confusion[kind][p], 0);
    const predicted = POST_KINDS.reduce((sum, a) => sum + confusion[a][kind], 0);
    const correct = confusion[kind][kind];
    const precision = ratio(correct, predicted);
    const recall = ratio(correct, count);
    perClass[kind] = { count, predicted, correct, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  }
  const correct = POST_KINDS.reduce((sum, k) => sum + confusion[k][k], 0);
  const present = POST_KINDS.filter((k) => perClass[k].count > 0);
  return {
    perClass,
    confusion,
    accuracy: ratio(correct, posts.length),
    macroRecall: ratio(present.reduce((sum, k) => sum + perClass[k].recall, 0), present.length),
    misses,
  };
}
