import { z } from './zod';
import { POST_KINDS, SITES, TERM_KINDS } from '../model/types';
import { PROFILE_FIELDS_SCHEMA } from './profile-schema';
import { postIdFromUrl, siteFromUrl } from './post-id-from-url';

/**
 * The backup file, format "earshot-backup" (docs/backup-format.md, product.md §8).
 * Unknown fields are stripped (z.object's default), so files written by a later
 * version that only adds fields still import, and keys such as "__proto__"
 * never reach our objects. Every section is optional: a file holding only some
 * sections replaces only those.
 */
export const BACKUP_FORMAT = 'earshot-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_SECTIONS = ['terms', 'templates', 'mentions', 'replies', 'cases', 'ownPosts', 'profile'] as const;
export type BackupSection = (typeof BACKUP_SECTIONS)[number];

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const ISO_HINT = 'must be an ISO 8601 date, e.g. 2025-01-31T09:30:00Z';

/** An ISO 8601 date or date-time, stored normalised (UTC, milliseconds) so times sort as strings. */
const isoDate = z
  .string()
  .refine((s) => ISO_8601.test(s) && !Number.isNaN(Date.parse(s)), ISO_HINT)
  .transform((s) => new Date(s).toISOString());

const webUrl = z
  .string()
  .max(4000)
  .refine(isWebUrl, 'must be a web address starting with https://');

/** An absolute http(s) URL: permalinks only, never javascript: or data: links. */
export function isWebUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    return Boolean(new URL(s));
  } catch {
    return false;
  }
}

const site = z.enum(SITES);
const id = z.string().min(1).max(200);
const postId = z.string().min(1).max(500);
const shortText = z.string().trim().min(1).max(100);
const count = z.number().int().min(0);

const term = z.object({
  id: id.optional(),
  text: shortText,
  kind: z.enum(TERM_KINDS),
  exclude: z.array(shortText).max(100).default([]),
  caseSensitive: z.boolean().optional(),
});

const template = z.object({
  id: id.optional(),
  name: shortText,
  category: z.enum(POST_KINDS),
  body: z.string().min(1).max(5000),
  site: site.nullable().optional(),
  /** Accepted for compatibility; the position in the file is the order. */
  order: z.number().optional(),
});

/** Adds the post id derived from the permalink when the entry has none. */
function withPostId<T extends { site: (typeof SITES)[number]; url: string | null; postId?: string }>(
  entry: T,
  ctx: z.core.$RefinementCtx<unknown>,
): T & { postId: string } {
  if (entry.postId) return { ...entry, postId: entry.postId };
  if (entry.url) return { ...entry, postId: postIdFromUrl(entry.site, entry.url) };
  ctx.addIssue({ code: 'custom', message: 'needs a postId or a url', path: ['postId'] });
  return z.NEVER;
}

const mention = z
  .object({
    site,
    url: webUrl.nullable(),
    postId: postId.optional(),
    author: z.string().max(1000),
    handle: z.string().max(4000).nullable(),
    text: z.string().max(100_000),
    kind: z.enum(POST_KINDS),
    terms: z.array(z.string().max(100)).max(1000),
    postedAt: isoDate.nullable(),
    firstSeenAt: isoDate,
    lastSeenAt: isoDate.optional(),
    competitor: z.boolean().default(false),
    sentiment: z.number().min(-1).max(1).default(0),
    urgency: z.number().min(0).max(1).default(0),
    reasons: z.array(z.string().max(1000)).max(100).default([]),
    isComment: z.boolean().default(false),
    parentPostId: postId.nullable().optional(),
  })
  .transform(withPostId);

const reply = z
  .object({
    site,
    url: webUrl.nullable(),
    postId: postId.optional(),
    template: z.string().max(200).nullable().optional(),
    repliedAt: isoDate,
    text: z.string().max(100_000).optional(),
  })
  .transform(withPostId);

// Spelled out (same as CASE_STATES in db/schema) so the file format does not import Dexie.
const caseState = z.enum(['open', 'escalated', 'resolved', 'ignored']);

const caseEntry = z
  .object({
    id: id.optional(),
    /** null when the post showed no permalink; site and postId are then required. */
    url: webUrl.nullable(),
    site: site.optional(),
    postId: postId.optional(),
    state: caseState,
    openedAt: isoDate,
    resolvedAt: isoDate.nullable(),
    category: z.string().max(100).optional(),
    author: z.string().max(1000).optional(),
    text: z.string().max(100_000).optional(),
    kind: z.enum(POST_KINDS).optional(),
    history: z
      .array(
        z.object({ at: isoDate, state: caseState, by: z.string().max(200).optional(), note: z.string().max(5000).optional() }),
      )
      .max(1000)
      .optional(),
  })
  .transform((c, ctx) => {
    const s = c.site ?? (c.url ? siteFromUrl(c.url) : null);
    if (s) return withPostId({ ...c, site: s }, ctx);
    ctx.addIssue({ code: 'custom', message: 'needs a site (x, linkedin or facebook) or a url on one of them', path: ['site'] });
    return z.NEVER;
  });

type CaseEntry = z.output<typeof caseEntry>;

/**
 * The cases table allows one case per post and unique ids. A post listed
 * twice is data (like repeated mentions): the later entry wins. Two posts
 * claiming the same case id is an error, reported before anything is written.
 */
function oneCasePerPost(cases: CaseEntry[], ctx: z.core.$RefinementCtx<unknown>): CaseEntry[] {
  const byPost = new Map<string, { entry: CaseEntry; index: number }>();
  cases.forEach((entry, index) => byPost.set(`${entry.site}\u0000${entry.postId}`, { entry, index }));
  const kept = [...byPost.values()].sort((a, b) => a.index - b.index);
  const ids = new Map<string, number>();
  let ok = true;
  for (const { entry, index } of kept) {
    if (entry.id === undefined) continue;
    const first = ids.get(entry.id);
    if (first === undefined) ids.set(entry.id, index);
    else {
      ok = false;
      ctx.addIssue({ code: 'custom', message: `repeats cases[${first}].id ("${entry.id}")`, path: [index, 'id'] });
    }
  }
  return ok ? kept.map(({ entry }) => entry) : z.NEVER;
}

const snapshot = z.object({
  at: isoDate,
  likes: count.optional(),
  comments: count.optional(),
  reposts: count.optional(),
  views: count.optional(),
});

const ownPost = z
  .object({
    site,
    url: webUrl.nullable(),
    postId: postId.optional(),
    text: z.string().max(100_000).optional(),
    postedAt: isoDate.nullable().optional(),
    firstSeenAt: isoDate.optional(),
    snapshots: z.array(snapshot).max(10_000).default([]),
  })
  .transform(withPostId);

/** Version 1. A later version gets its own schema plus a function that lifts v1 files to it. */
export const backupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: isoDate.optional(),
  terms: z.array(term).max(10_000).optional(),
  templates: z.array(template).max(10_000).optional(),
  mentions: z.array(mention).max(1_000_000).optional(),
  replies: z.array(reply).max(1_000_000).optional(),
  cases: z.array(caseEntry).max(1_000_000).transform(oneCasePerPost).optional(),
  ownPosts: z.array(ownPost).max(100_000).optional(),
  profile: PROFILE_FIELDS_SCHEMA.optional(),
});

/** A file as Earshot writes it (the exporter is type-checked against what the importer reads). */
export type BackupFile = z.input<typeof backupV1Schema>;
/** A validated file: defaults applied, dates normalised, every post entry with a postId. */
export type ParsedBackup = z.output<typeof backupV1Schema>;
export type BackupMention = ParsedBackup extends { mentions?: (infer M)[] } ? M : never;
export type BackupOwnPost = ParsedBackup extends { ownPosts?: (infer O)[] } ? O : never;
export type BackupCase = ParsedBackup extends { cases?: (infer C)[] } ? C : never;
