import { listTerms } from '../db/terms-repo';
import { listTemplates } from '../db/templates-repo';
import { cutText } from '../cases/text';
import type { CaseHistoryEntry, EarshotDb, ReplyEventData, StoredCase, StoredEvent } from '../db/schema';
import type { Engagement, StoredPost } from '../model/types';
import { getProfile } from '../settings/profile';
import { BACKUP_FORMAT, BACKUP_VERSION, isWebUrl, type BackupFile } from './schema';

type Section<K extends keyof BackupFile> = NonNullable<BackupFile[K]>;

/** A backup as Earshot writes it: every section present. */
export type FullBackupFile = BackupFile &
  Required<Pick<BackupFile, 'terms' | 'templates' | 'mentions' | 'replies' | 'cases' | 'ownPosts' | 'profile'>>;

/**
 * Everything, in the versioned format (docs/backup-format.md). Read in one
 * transaction so the file is a consistent snapshot even while the
 * background keeps recording posts. Arrays are in a stable order so two
 * exports of the same data are identical (apart from exportedAt).
 */
export async function exportBackup(db: EarshotDb, now: Date = new Date()): Promise<FullBackupFile> {
  const data = await db.transaction('r', [db.terms, db.templates, db.posts, db.events, db.cases], async () => ({
    terms: await listTerms(db),
    templates: await listTemplates(db),
    posts: await db.posts.toArray(),
    replies: await db.events.where('type').equals('reply').toArray(),
    engagement: await db.events.where('type').equals('engagement').toArray(),
    cases: await db.cases.toArray(),
  }));
  const posts = [...data.posts].sort(byFirstSeen);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    terms: data.terms.map(({ id, text, kind, exclude, caseSensitive }) => ({
      id, text, kind, exclude, ...(caseSensitive !== undefined && { caseSensitive }),
    })),
    templates: data.templates.map(({ id, name, category, body, site }) => ({ id, name, category, body, site: site ?? null })),
    mentions: posts.filter((p) => !p.isOwn).map(toMention),
    replies: toReplies(data.replies, posts),
    cases: [...data.cases].sort(byOpenedThenId).map(toCase),
    ownPosts: toOwnPosts(posts.filter((p) => p.isOwn), data.engagement),
    profile: await getProfile(),
  };
}

/** `earshot-backup-YYYY-MM-DD.json` (local date: the day the user sees on their calendar). */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `earshot-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Pretty JSON: a backup is also something a person may read or diff. */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

function toMention(p: StoredPost): Section<'mentions'>[number] {
  return {
    site: p.site, url: webUrlOrNull(p.url), postId: p.postId, author: cut(p.author, 1000), handle: p.handle && cut(p.handle, 4000), text: p.text,
    kind: p.kind, terms: p.terms, postedAt: isoOrNull(p.postedAt), firstSeenAt: p.firstSeenAt, lastSeenAt: p.lastSeenAt,
    competitor: p.competitor, sentiment: clamp(p.sentiment, -1), urgency: clamp(p.urgency, 0), reasons: p.reasons,
    isComment: p.isComment, parentPostId: p.parentPostId ?? null,
  };
}

/** A case in a fixed key order, held to the limits the importer checks (so the file always re-imports). */
function toCase(c: StoredCase): Section<'cases'>[number] {
  const out: Section<'cases'>[number] = {
    id: c.id, url: webUrlOrNull(c.url), site: c.site, postId: c.postId, state: c.state, category: cutText(c.category, 100),
    openedAt: isoOrNull(c.openedAt) ?? new Date(0).toISOString(), resolvedAt: isoOrNull(c.resolvedAt),
  };
  if (c.author !== undefined) out.author = cutText(c.author, 1000);
  if (c.text !== undefined) out.text = cutText(c.text, 100_000);
  if (c.kind !== undefined) out.kind = c.kind;
  // The importer reads at most 1,000 history entries: keep the latest.
  out.history = c.history.slice(-1000).flatMap((h: CaseHistoryEntry & { by?: string }) => {
    const at = isoOrNull(h.at);
    if (!at) return [];
    const entry: NonNullable<typeof out.history>[number] = { at, state: h.state };
    if (h.by !== undefined) entry.by = cutText(h.by, 200);
    if (h.note !== undefined) entry.note = cutText(h.note, 5000);
    return [entry];
  });
  return out;
}

function toReplies(events: StoredEvent[], posts: StoredPost[]): Section<'replies'> {
  const urls = new Map(posts.map((p) => [postKey(p), p.url]));
  return [...events].sort(byAtThenId).map((e) => {
    const data = (e.data ?? {}) as Partial<ReplyEventData>;
    return {
      site: e.site, url: webUrlOrNull(data.url ?? urls.get(postKey(e)) ?? null), postId: e.postId,
      template: data.template ?? null, repliedAt: e.at, ...(typeof data.text === 'string' && { text: data.text }),
    };
  });
}

function toOwnPosts(own: StoredPost[], events: StoredEvent[]): Section<'ownPosts'> {
  const byPost = new Map<string, StoredEvent[]>();
  for (const e of [...events].sort(byAtThenId)) byPost.set(postKey(e), [...(byPost.get(postKey(e)) ?? []), e]);
  return own.map((p) => ({
    site: p.site, url: webUrlOrNull(p.url), postId: p.postId, text: p.text, postedAt: isoOrNull(p.postedAt),
    firstSeenAt: p.firstSeenAt,
    snapshots: (byPost.get(postKey(p)) ?? []).map((e) => ({ at: e.at, ...numbersOf(e.data?.engagement) })),
  }));
}

/** Only the four counts, only when they are numbers (the schema rejects anything else). */
function numbersOf(e: Engagement | undefined): Engagement {
  const out: Engagement = {};
  for (const k of ['likes', 'comments', 'reposts', 'views'] as const) {
    const v = e?.[k];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) out[k] = v;
  }
  return out;
}

// Guards so a stray value from a page can never make the whole backup un-importable:
// the importer requires http(s) URLs, ISO dates and scores within range.
function webUrlOrNull(url: string | null): string | null {
  return url && isWebUrl(url) ? url : null;
}
/** Author and profile link are read off the page as they are: a spoofed page can make them huge (schema: 1,000 / 4,000). */
const cut = (s: string, max: number) => (s.length <= max ? s : s.slice(0, /[\uD800-\uDBFF]/.test(s[max - 1] ?? '') ? max - 1 : max));
const isoOrNull = (s: string | null) => (s && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : null);
const clamp = (n: number, min: number) => (Number.isFinite(n) ? Math.min(1, Math.max(min, n)) : 0);

const postKey = (p: { site: string; postId: string }) => `${p.site}\u0000${p.postId}`;
const byFirstSeen = (a: StoredPost, b: StoredPost) =>
  a.firstSeenAt < b.firstSeenAt ? -1 : a.firstSeenAt > b.firstSeenAt ? 1 : postKey(a) < postKey(b) ? -1 : 1;
const byOpenedThenId = (a: StoredCase, b: StoredCase) =>
  a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : 1;
const byAtThenId = (a: StoredEvent, b: StoredEvent) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1);
