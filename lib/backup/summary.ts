import { BACKUP_SECTIONS, type BackupSection, type ParsedBackup } from './schema';

/** How many entries each section present in the file holds (profile counts as 1). */
export type ImportSummary = { sections: BackupSection[] } & Partial<Record<BackupSection, number>>;

export function summarise(backup: ParsedBackup): ImportSummary {
  const summary: ImportSummary = { sections: [] };
  for (const section of BACKUP_SECTIONS) {
    const value = backup[section];
    if (value === undefined) continue;
    summary.sections.push(section);
    summary[section] = Array.isArray(value) ? value.length : 1;
  }
  return summary;
}

const NOUNS: Record<Exclude<BackupSection, 'profile'>, [string, string]> = {
  terms: ['term', 'terms'],
  templates: ['template', 'templates'],
  mentions: ['mention', 'mentions'],
  replies: ['reply', 'replies'],
  cases: ['case', 'cases'],
  ownPosts: ['own post', 'own posts'],
};

/** The confirmation question, e.g. "Replace 4 terms and 1 template?". */
export function describeImport(summary: ImportSummary): string {
  const parts = summary.sections.flatMap((s) => {
    if (s === 'profile') return [];
    const n = summary[s] ?? 0;
    const [one, many] = NOUNS[s];
    return [`${n} ${n === 1 ? one : many}`];
  });
  const profile = summary.sections.includes('profile');
  if (parts.length === 0) return profile ? 'Update your profile?' : 'This backup holds nothing to import.';
  return `Replace ${joinWithAnd(parts)}${profile ? ', and update your profile' : ''}?`;
}

function joinWithAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
