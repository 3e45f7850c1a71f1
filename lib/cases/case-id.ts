/**
 * Human-readable case ids: "C-1001", "C-1002"… They appear in replies
 * ({{case_id}}) and e-mail subjects, so they are short, never reused and
 * start at 1001 (four digits look like a real ticket number, not "case 1").
 */

export const CASE_ID_PREFIX = 'C-';
export const FIRST_CASE_NUMBER = 1001;

const CASE_ID = /^C-(\d{1,15})$/;

/** 1042 → "C-1042". */
export function formatCaseId(n: number): string {
  return `${CASE_ID_PREFIX}${n}`;
}

/** "C-1042" → 1042; anything else (imported or hand-written ids) → null. */
export function parseCaseNumber(id: string): number | null {
  const m = CASE_ID.exec(id);
  return m ? Number(m[1]) : null;
}

/** The highest case number among `ids`, or null when none is a "C-<n>" id. */
export function maxCaseNumber(ids: Iterable<string>): number | null {
  let max: number | null = null;
  for (const id of ids) {
    const n = parseCaseNumber(id);
    if (n !== null && (max === null || n > max)) max = n;
  }
  return max;
}

/**
 * The number after `currentMax` (the highest issued so far, null/undefined
 * when none), never below FIRST_CASE_NUMBER. A corrupt counter (NaN, a
 * string, a fraction) is treated as "none issued" rather than producing "C-NaN".
 */
export function nextCaseNumber(currentMax?: number | null): number {
  if (typeof currentMax !== 'number' || !Number.isSafeInteger(currentMax)) return FIRST_CASE_NUMBER;
  return Math.max(FIRST_CASE_NUMBER, currentMax + 1);
}

/** The id after `currentMax`: nextCaseId(null) = "C-1001", nextCaseId(1041) = "C-1042". */
export function nextCaseId(currentMax?: number | null): string {
  return formatCaseId(nextCaseNumber(currentMax));
}
