import type { z } from 'zod';
import { findDuplicates, mergeRepeatedPosts } from './check-backup';
import { describeIssue } from './describe-issues';
import { BACKUP_FORMAT, BACKUP_VERSION, backupV1Schema, type ParsedBackup } from './schema';
import { summarise, type ImportSummary } from './summary';

export { applyBackup } from './apply-backup';
export { describeImport, summarise, type ImportSummary } from './summary';
export type { ParsedBackup } from './schema';

export type ParseResult =
  | { ok: true; backup: ParsedBackup; summary: ImportSummary }
  /** `problems` lists every problem found (the message shows at most the first five). */
  | { ok: false; error: string; problems: string[] };

export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
const MAX_PROBLEMS_SHOWN = 5;

/** A reader per version we know; a later version adds its schema and a lift from the previous one. */
const READERS: Record<number, z.ZodType<ParsedBackup>> = { 1: backupV1Schema };

/**
 * Validates the whole file before anything is written (product.md §6), so a
 * bad file gets a clear message and changes nothing.
 */
export function parseBackup(jsonText: string): ParseResult {
  if (typeof jsonText !== 'string' || jsonText.trim() === '') return fail('The file is empty.');
  if (jsonText.length > MAX_BACKUP_CHARS) {
    const mb = Math.ceil(jsonText.length / (1024 * 1024));
    return fail(`The file is too large (${mb} MB); a backup can be at most 50 MB.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(`The file is not valid JSON (it may be truncated): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('This is not an Earshot backup file.');
  const top = raw as Record<string, unknown>;
  if (!Object.hasOwn(top, 'format') || top.format !== BACKUP_FORMAT) return fail('This is not an Earshot backup file.');

  const version = Object.hasOwn(top, 'version') ? top.version : undefined;
  if (version === undefined) return fail('The backup has no version number.');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`The backup's version must be a whole number such as 1 (found ${JSON.stringify(version)}).`);
  }
  if (version > BACKUP_VERSION) {
    return fail(`This backup was written by a newer Earshot (version ${version}); update Earshot to import it.`);
  }
  const reader = READERS[version];
  if (!reader) return fail(`Earshot cannot read backup version ${version}.`);

  const parsed = reader.safeParse(raw);
  if (!parsed.success) return failMany(parsed.error.issues.map((issue) => describeIssue(issue, raw)));
  const duplicates = findDuplicates(parsed.data);
  if (duplicates.length > 0) return failMany(duplicates);

  const backup = mergeRepeatedPosts(parsed.data);
  return { ok: true, backup, summary: summarise(backup) };
}

function fail(error: string): ParseResult {
  return { ok: false, error, problems: [error] };
}

function failMany(problems: string[]): ParseResult {
  if (problems.length === 1) return { ok: false, error: `This backup can't be imported: ${problems[0]}.`, problems };
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `• ${p}`);
  const more = problems.length - MAX_PROBLEMS_SHOWN;
  if (more > 0) shown.push(`…and ${more} more.`);
  return { ok: false, error: `This backup can't be imported (${problems.length} problems):\n${shown.join('\n')}`, problems };
}
