/**
 * Helpers for tests/unit/hostile.test.ts: counting elements (shadow roots
 * included), reading CSV back, and the shapes the test uses of modules that
 * other features add (typed here, so the test compiles before they exist).
 */
import type { StoredCase } from '@/lib/db/schema';
import type { PostKind, StoredPost } from '@/lib/model/types';
import type { HostilePost } from '../fixtures/make-hostile-corpus';

/** Every element in the document and, recursively, in every open shadow root. */
export function countElements(root: Document | ShadowRoot | Element = document): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n += 1;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

/** What this test uses of lib/cases/escalation.ts (typed here, so this file compiles before that module exists). */
export interface EscalationModule {
  MAILTO_MAX_LENGTH: number;
  buildEscalation(
    c: StoredCase,
    post: { author: string; handle: string | null; url: string | null; text: string; kind: PostKind; reasons: readonly string[] },
    contact: { name: string; email: string; category: string },
  ): { subject: string; body: string; markdown: string; mailto: string };
}

/** What this test uses of lib/export/csv.ts (typed here, so this file compiles before that module exists). */
export interface CsvModule {
  csvCell(value: string): string;
  mentionsCsv(posts: readonly StoredPost[]): string;
}

/** Excel, Sheets and LibreOffice treat these as the start of a formula (OWASP "CSV injection"). */
export const FORMULA_START = /^[=+\-@\t\r]/;
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storedPost(post: HostilePost, i: number): StoredPost {
  return {
    site: 'x', postId: `h${i}`, url: `https://x.com/user/status/${i}`, author: post.author, handle: post.author, text: post.text,
    postedAt: null, isComment: false, isOwn: false, isPromoted: false, terms: [post.author], kind: 'issue', sentiment: -0.5,
    urgency: 0.4, reasons: [post.text.slice(0, 100)], competitor: false, firstSeenAt: '2025-01-31T09:00:00.000Z',
    lastSeenAt: '2025-01-31T09:00:00.000Z',
  };
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}
