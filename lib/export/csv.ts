import type { StoredCase } from '../db/schema';
import { SITE_LABELS, type Site, type StoredPost } from '../model/types';
import { DEFAULT_SLA_HOURS, isBreached, slaDeadline, type SlaPolicy } from '../cases/sla';

/**
 * CSV exports (product.md §6: mentions, replies, cases) for spreadsheets.
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote, CR or
 * LF, quotes doubled. A UTF-8 BOM first, so Excel reads accents and emoji as
 * UTF-8. Text cells starting with = + - @ tab or CR get a leading ' so a
 * spreadsheet never runs page text as a formula (CSV injection); numbers we
 * write ourselves (sentiment −0.5) are left as numbers.
 */

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';
// Full-width = + - @ as well: some spreadsheets normalise them to ASCII before parsing a formula.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** One cell: guarded against formulas, quoted when needed. */
export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'yes' : 'no';
  else {
    // Lone surrogates cannot be written as UTF-8; show the replacement character instead.
    text = (typeof value === 'string' ? value : value.join('; ')).replace(LONE_SURROGATE, '\uFFFD');
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, header row, data rows, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[], { bom = true } = {}): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${bom ? CSV_BOM : ''}${lines.map((l) => l + CRLF).join('')}`;
}

const siteName = (site: Site) => SITE_LABELS[site] ?? site;

/** Posts and comments by others that matched the watchlist; the user's own posts are never mentions. */
export function mentionsCsv(posts: readonly StoredPost[]): string {
  return toCsv(
    ['Site', 'Link', 'Author', 'Handle', 'Text', 'Kind', 'Competitor only', 'Sentiment', 'Urgency', 'Matched terms',
      'Why', 'Comment', 'Posted at', 'First seen at', 'Post ID'],
    posts.filter((p) => !p.isOwn).map((p) => [
      siteName(p.site), p.url, p.author, p.handle, p.text, p.kind, p.competitor, round(p.sentiment), round(p.urgency),
      p.terms, p.reasons, p.isComment, p.postedAt, p.firstSeenAt, p.postId,
    ]),
  );
}

/** A reply as the backup's `replies` section holds it. */
export interface ReplyRecord {
  site: Site;
  url: string | null;
  postId: string;
  template?: string | null;
  repliedAt: string;
  text?: string;
}

export function repliesCsv(replies: readonly ReplyRecord[]): string {
  return toCsv(
    ['Site', 'Link to post', 'Template', 'Replied at', 'Reply text', 'Post ID'],
    replies.map((r) => [siteName(r.site), r.url, r.template ?? '', r.repliedAt, r.text ?? '', r.postId]),
  );
}

/**
 * Cases, with their history in one cell ("2025-01-31T09:00:00.000Z escalated: note", one per line).
 * With `sla`, two more columns say when each case was due and whether it breached.
 */
export function casesCsv(cases: readonly StoredCase[], sla?: { policy?: SlaPolicy; now: Date }): string {
  const header = ['Case', 'State', 'Category', 'Site', 'Link', 'Author', 'Kind', 'Text', 'Opened at', 'Resolved at', 'History', 'Post ID'];
  if (sla) header.push('SLA due at', 'SLA breached');
  return toCsv(header, cases.map((c) => {
    const row: CsvValue[] = [
      c.id, c.state, c.category, siteName(c.site), c.url, c.author ?? '', c.kind ?? '', c.text ?? '', c.openedAt, c.resolvedAt,
      c.history.map((h) => `${h.at} ${h.state}${h.note ? `: ${h.note}` : ''}`).join('\n'), c.postId,
    ];
    if (sla) {
      const policy = sla.policy ?? DEFAULT_SLA_HOURS;
      row.push(slaDeadline(c, policy)?.toISOString() ?? '', c.state === 'ignored' ? '' : isBreached(c, sla.now, policy));
    }
    return row;
  }));
}

/** Scores to 3 decimals: 0.30000000000000004 helps no one in a spreadsheet. */
const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : null);
