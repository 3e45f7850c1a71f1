import type { StoredPost } from '../model/types';

/**
 * The fields of a post the KPI engine reads (metrics.ts, daily-aggregates.ts):
 * a post write that changes none of them (a revisit moving lastSeenAt, a
 * fuller text, new terms or reasons) cannot change any number of the
 * scorecard. lib/db/scorecard-version.ts relies on this to keep the popup's
 * cached scorecard valid while the user browses; post-fields.test.ts checks
 * that computeKpis ignores every other field.
 */
export const KPI_POST_FIELDS = [
  'site',
  'postId',
  'firstSeenAt',
  'postedAt',
  'isOwn',
  'isComment',
  'isPromoted',
  'competitor',
  'kind',
  'sentiment',
  'engagement',
] as const satisfies readonly (keyof StoredPost)[];

/** Whether two versions of a post count the same in every KPI. */
export function sameForKpis(a: StoredPost, b: StoredPost): boolean {
  return KPI_POST_FIELDS.every((field) => sameValue(a[field], b[field]));
}

/** Deep enough for these fields: primitives, and engagement's flat record of numbers. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === undefined || b === undefined) return (a ?? null) === (b ?? null); // engagement: absent = null
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
