import { formatCaseId, maxCaseNumber, nextCaseNumber } from '../cases/case-id';
import { DEFAULT_CATEGORY } from '../cases/sla';
import { dailyTimeZoneForWrite, writeDailyAggregates } from '../db/daily-repo';
import { toTermRow, republishWatchlist } from '../db/terms-repo';
import {
  eventIds, type CaseHistoryEntry, type EarshotDb, type ReplyEventData, type StoredCase, type StoredEvent, type TermRow,
} from '../db/schema';
import type { Site, StoredPost, Template, Term } from '../model/types';
import { saveProfile } from '../settings/profile';
import { summarise, type ImportSummary } from './summary';
import type { BackupCase, BackupMention, BackupOwnPost, ParsedBackup } from './schema';

type Key = [Site, string];
const keyOf = (p: { site: Site; postId: string }): Key => [p.site, p.postId];
const keyString = ([site, postId]: Key) => `${site}\u0000${postId}`;

/**
 * Writes a parsed backup in ONE transaction: each section present replaces
 * that section, absent sections stay untouched. Any failure aborts the
 * transaction, so the database is either fully imported or unchanged.
 * When posts or replies change, the scorecard's aggregates are rebuilt in
 * that same transaction, in the zone they are kept in (lib/db/daily-repo.ts).
 * The profile (extension storage, not IndexedDB) and the watchlist mirror
 * are written after the commit.
 */
export async function applyBackup(db: EarshotDb, backup: ParsedBackup, now: Date = new Date()): Promise<ImportSummary> {
  await db.transaction('rw', [db.terms, db.templates, db.posts, db.events, db.cases, db.daily, db.meta], async () => {
    if (backup.terms) {
      await db.terms.clear();
      await db.terms.bulkAdd(backup.terms.map(termRow));
    }
    if (backup.templates) {
      await db.templates.clear();
      await db.templates.bulkAdd(backup.templates.map(templateRow));
    }
    // Own posts first: a mention that is really an own post must not overwrite it.
    if (backup.ownPosts) await replaceOwnPosts(db, backup.ownPosts, now.toISOString());
    if (backup.mentions) await replaceMentions(db, backup.mentions);
    if (backup.replies) {
      await db.events.where('type').equals('reply').delete();
      await db.events.bulkPut(backup.replies.map(replyEvent));
    }
    if (backup.cases) {
      await db.cases.clear();
      await db.cases.bulkAdd(caseRows(backup.cases));
    }
    if (backup.ownPosts || backup.mentions || backup.replies) await writeDailyAggregates(db, await dailyTimeZoneForWrite(db));
  });
  if (backup.profile) await saveProfile(backup.profile);
  if (backup.terms) await republishWatchlist(db);
  return summarise(backup);
}

type Entry<K extends 'terms' | 'templates' | 'replies'> = NonNullable<ParsedBackup[K]>[number];

/** Terms and templates without an id get one; the position in the file is the order. */
function termRow({ id, text, kind, exclude, caseSensitive }: Entry<'terms'>, order: number): TermRow {
  const term: Term = { id: id ?? crypto.randomUUID(), text, kind, exclude };
  if (caseSensitive !== undefined) term.caseSensitive = caseSensitive;
  return toTermRow(term, order);
}

function templateRow({ id, name, category, body, site }: Entry<'templates'>, order: number): Template {
  return { id: id ?? crypto.randomUUID(), name, category, body, site: site ?? null, order };
}

/** Imported replies get an id from their content, so importing the same file twice stores each once. */
function replyEvent(r: Entry<'replies'>): StoredEvent {
  const data: ReplyEventData = { url: r.url, template: r.template ?? null };
  if (r.text !== undefined) data.text = r.text;
  return {
    id: `reply:${r.site}:${r.postId}:${r.repliedAt}`,
    type: 'reply',
    site: r.site,
    postId: r.postId,
    at: r.repliedAt,
    data: { ...data },
  };
}

/**
 * Cases without an id get the next "C-<n>" after the highest in the file (the
 * table is replaced, so only the file's ids can clash). An open or escalated
 * case has no resolvedAt; a file without history gets the one it implies.
 */
function caseRows(cases: BackupCase[]): StoredCase[] {
  let last = maxCaseNumber(cases.flatMap((c) => (c.id ? [c.id] : [])));
  return cases.map((c) => {
    const active = c.state === 'open' || c.state === 'escalated';
    const resolvedAt = active ? null : c.resolvedAt;
    const row: StoredCase = {
      id: c.id ?? formatCaseId((last = nextCaseNumber(last))),
      site: c.site, postId: c.postId, url: c.url, state: c.state, category: c.category || DEFAULT_CATEGORY,
      openedAt: c.openedAt, resolvedAt,
      history: c.history?.map(historyEntry) ?? [
        { at: c.openedAt, state: 'open' },
        ...(c.state === 'open' ? [] : [{ at: resolvedAt ?? c.openedAt, state: c.state }]),
      ],
    };
    if (c.author !== undefined) row.author = c.author;
    if (c.text !== undefined) row.text = c.text;
    if (c.kind !== undefined) row.kind = c.kind;
    return row;
  });
}

/** `by` (who did it) has no field of its own yet; it is kept on the entry so the next export writes it back. */
function historyEntry({ at, state, by, note }: NonNullable<BackupCase['history']>[number]): CaseHistoryEntry {
  const entry: CaseHistoryEntry & { by?: string } = { at, state };
  if (by !== undefined) entry.by = by;
  if (note !== undefined) entry.note = note;
  return entry;
}

async function replaceMentions(db: EarshotDb, mentions: BackupMention[]): Promise<void> {
  const old = await db.posts.filter((p) => !p.isOwn).primaryKeys();
  await db.posts.bulkDelete(old);
  await db.events.bulkDelete(old.map(([site, postId]) => eventIds.seen(site, postId)));
  const own = new Set((await db.posts.filter((p) => p.isOwn).primaryKeys()).map(keyString));
  const rows = mentions.filter((m) => !own.has(keyString(keyOf(m)))).map(mentionRow);
  await db.posts.bulkPut(rows);
  await db.events.bulkPut(rows.map(seenEvent));
}

async function replaceOwnPosts(db: EarshotDb, ownPosts: BackupOwnPost[], nowIso: string): Promise<void> {
  const old = await db.posts.filter((p) => p.isOwn).primaryKeys();
  await db.posts.bulkDelete(old);
  await db.events.bulkDelete(old.map(([site, postId]) => eventIds.seen(site, postId)));
  await db.events.where('type').equals('engagement').delete();
  const rows = ownPosts.map((o) => ownRow(o, nowIso));
  await db.posts.bulkPut(rows);
  const snapshots = ownPosts.flatMap((o) =>
    o.snapshots.map(({ at, ...engagement }): StoredEvent => ({
      id: eventIds.engagement(o.site, o.postId, new Date(at)),
      type: 'engagement', site: o.site, postId: o.postId, at, data: { engagement },
    })),
  );
  await db.events.bulkPut([...rows.map(seenEvent), ...snapshots]);
}

function mentionRow(m: BackupMention): StoredPost {
  return {
    site: m.site, postId: m.postId, url: m.url, author: m.author, handle: m.handle, text: m.text,
    postedAt: m.postedAt, isComment: m.isComment, parentPostId: m.parentPostId ?? null,
    isOwn: false, isPromoted: false, engagement: null,
    terms: m.terms, kind: m.kind, sentiment: m.sentiment, urgency: m.urgency, reasons: m.reasons,
    competitor: m.competitor, firstSeenAt: m.firstSeenAt, lastSeenAt: m.lastSeenAt ?? m.firstSeenAt,
  };
}

function ownRow(o: BackupOwnPost, nowIso: string): StoredPost {
  const sorted = [...o.snapshots].sort((a, b) => (a.at < b.at ? -1 : 1));
  const latest = sorted.at(-1);
  const firstSeenAt = o.firstSeenAt ?? sorted[0]?.at ?? o.postedAt ?? nowIso;
  const engagement = latest ? (({ at: _at, ...e }) => e)(latest) : null;
  return {
    site: o.site, postId: o.postId, url: o.url, author: '', handle: null, text: o.text ?? '',
    postedAt: o.postedAt ?? null, isComment: false, parentPostId: null, isOwn: true, isPromoted: false, engagement,
    terms: [], kind: 'other', sentiment: 0, urgency: 0, reasons: [], competitor: false,
    firstSeenAt, lastSeenAt: latest && latest.at > firstSeenAt ? latest.at : firstSeenAt,
  };
}

const seenEvent = (row: StoredPost): StoredEvent => ({
  id: eventIds.seen(row.site, row.postId), type: 'seen', site: row.site, postId: row.postId, at: row.firstSeenAt,
});
