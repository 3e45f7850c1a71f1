import type { EarshotDb, ReplyEventData } from '../db/schema';
import { getEscalationSettings } from '../settings/escalation-settings';
import { casesCsv, mentionsCsv, repliesCsv, type ReplyRecord } from './csv';

/**
 * The three spreadsheet exports (product.md §6 "CSV (mentions, replies,
 * cases)"), read from the database in stable order so two exports of the
 * same data are the same file. Formatting and CSV-injection guards are
 * lib/export/csv.ts; this file only reads.
 */
export type CsvKind = 'mentions' | 'replies' | 'cases';

export async function mentionsCsvFromDb(db: EarshotDb): Promise<string> {
  const posts = await db.posts.orderBy('firstSeenAt').toArray();
  return mentionsCsv(posts);
}

export async function repliesCsvFromDb(db: EarshotDb): Promise<string> {
  const [events, posts] = await db.transaction('r', db.events, db.posts, async () => {
    const replies = await db.events.where('type').equals('reply').sortBy('at');
    return [replies, await db.posts.bulkGet(replies.map((e): [typeof e.site, string] => [e.site, e.postId]))] as const;
  });
  const rows: ReplyRecord[] = events.map((e, i) => {
    const data = (e.data ?? {}) as Partial<ReplyEventData>;
    return {
      site: e.site, postId: e.postId, url: data.url ?? posts[i]?.url ?? null, template: data.template ?? null, repliedAt: e.at,
      ...(typeof data.text === 'string' && { text: data.text }),
    };
  });
  return repliesCsv(rows);
}

/** With the SLA columns, measured with the escalation settings' hours (as the badge measures them). */
export async function casesCsvFromDb(db: EarshotDb, now: Date = new Date()): Promise<string> {
  const [cases, settings] = await Promise.all([db.cases.orderBy('openedAt').toArray(), getEscalationSettings()]);
  const policy = settings.categories.map(({ name, slaHours }) => ({ name, slaHours }));
  return casesCsv(cases, { policy, now });
}

export const CSV_EXPORTS: Record<CsvKind, (db: EarshotDb) => Promise<string>> = {
  mentions: mentionsCsvFromDb,
  replies: repliesCsvFromDb,
  cases: (db) => casesCsvFromDb(db),
};

/** `earshot-mentions-YYYY-MM-DD.csv` (local date, like the backup's file name). */
export function csvFileName(kind: CsvKind, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `earshot-${kind}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
