import type { BackupMention, BackupOwnPost, ParsedBackup } from './schema';

/**
 * Checks zod cannot express (relations between entries) and the clean-up of
 * repeated posts. Configuration the user typed (terms, templates) must be
 * unambiguous, so repeats there are errors; repeated posts are data (the same
 * post reached through two URLs) and are merged instead.
 */
export function findDuplicates(backup: ParsedBackup): string[] {
  const problems: string[] = [];
  const termSeen = new Map<string, number>();
  backup.terms?.forEach((t, i) => {
    const key = `${t.kind}\u0000${normaliseTermText(t.text)}`;
    const first = termSeen.get(key);
    if (first === undefined) termSeen.set(key, i);
    else problems.push(`terms[${i}] repeats terms[${first}] ("${t.text}", ${t.kind})`);
  });
  problems.push(...repeatedIds('terms', backup.terms), ...repeatedIds('templates', backup.templates));
  return problems;
}

/** Case-, width- and spacing-insensitive, like the matcher's default. */
export function normaliseTermText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/gu, ' ');
}

function repeatedIds(section: string, entries: { id?: string }[] | undefined): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  entries?.forEach((e, i) => {
    if (e.id === undefined) return;
    const first = seen.get(e.id);
    if (first === undefined) seen.set(e.id, i);
    else problems.push(`${section}[${i}].id repeats ${section}[${first}].id ("${e.id}")`);
  });
  return problems;
}

const postKey = (p: { site: string; postId: string }) => `${p.site}\u0000${p.postId}`;

/**
 * One entry per post: a later entry refreshes an earlier one, the earliest
 * firstSeenAt is kept, own-post snapshots are combined. A post listed both
 * as a mention and as an own post is the user's own (never a mention).
 */
export function mergeRepeatedPosts(backup: ParsedBackup): ParsedBackup {
  const out: ParsedBackup = { ...backup };
  let ownKeys = new Set<string>();
  if (backup.ownPosts) {
    const own = new Map<string, BackupOwnPost>();
    for (const p of backup.ownPosts) {
      const prev = own.get(postKey(p));
      own.set(postKey(p), prev ? mergeOwn(prev, p) : p);
    }
    out.ownPosts = [...own.values()];
    ownKeys = new Set(own.keys());
  }
  if (backup.mentions) {
    const mentions = new Map<string, BackupMention>();
    for (const m of backup.mentions) {
      if (ownKeys.has(postKey(m))) continue;
      const prev = mentions.get(postKey(m));
      mentions.set(postKey(m), prev ? { ...m, firstSeenAt: minIso(prev.firstSeenAt, m.firstSeenAt) } : m);
    }
    out.mentions = [...mentions.values()];
  }
  return out;
}

function mergeOwn(a: BackupOwnPost, b: BackupOwnPost): BackupOwnPost {
  const firstSeenAt = a.firstSeenAt && b.firstSeenAt ? minIso(a.firstSeenAt, b.firstSeenAt) : (a.firstSeenAt ?? b.firstSeenAt);
  return { ...a, ...b, firstSeenAt, snapshots: [...a.snapshots, ...b.snapshots] };
}

/** Dates are normalised to UTC ISO by the schema, so string order is time order. */
const minIso = (a: string, b: string) => (a <= b ? a : b);
