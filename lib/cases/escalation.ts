import type { StoredCase } from '../db/schema';
import { SITE_LABELS, type PostKind } from '../model/types';
import { cleanLine, cleanMultiline, cutText } from './text';

/**
 * "Escalate" (product.md §4): the e-mail to the colleague responsible, as a
 * subject + plain-text body (copy), Markdown (paste into Slack/Teams/docs) and
 * a mailto: link. Everything from the page is untrusted: bidi overrides and
 * control characters are removed, Markdown is escaped, and the link is kept
 * under MAILTO_MAX_LENGTH because mail clients and browsers drop longer ones.
 */

export interface EscalationPost {
  author: string;
  /** X: handle without @; LinkedIn/Facebook: profile URL. */
  handle: string | null;
  url: string | null;
  text: string;
  kind: PostKind;
  reasons: readonly string[];
}

export interface EscalationContact {
  name: string;
  email: string;
  category: string;
}

export interface Escalation {
  subject: string;
  body: string;
  markdown: string;
  mailto: string;
}

/** Outlook and some browsers truncate or refuse mailto: links near 2,000 characters. */
export const MAILTO_MAX_LENGTH = 1900;
/** The copied summary quotes at most this much of a post (a 100,000-character post is not an e-mail). */
export const MAX_QUOTED_CHARS = 5000;
const SHORTENED = '(Shortened to fit an e-mail link: the full text is at the post link above.)';

const KIND_NOUN: Record<PostKind, string> = {
  issue: 'A customer issue', question: 'A customer question', praise: 'Customer praise', other: 'A post',
};

export function buildEscalation(c: StoredCase, post: EscalationPost, contact: EscalationContact): Escalation {
  const site = SITE_LABELS[c.site];
  const category = cutText(cleanLine(contact.category) || cleanLine(c.category) || 'Support', 100);
  const author = cutText(cleanLine(post.author), 80);
  const handle = formatHandle(post.handle);
  const who = author || handle || 'someone';
  const subject = `[Earshot ${cleanLine(c.id)}] ${category}: ${post.kind} from ${who} on ${site}`;
  const url = safeUrl(post.url ?? c.url);
  const reasons = post.reasons.slice(0, 10).map((r) => cutText(cleanLine(r), 200)).filter(Boolean);
  const classification = `${post.kind}${reasons.length ? ` (${reasons.join('; ')})` : ''}`;
  const from = author && handle ? `${author} (${handle})` : who;
  const first = cleanLine(contact.name).split(' ')[0];
  const text = cutText(cleanMultiline(post.text).trim(), MAX_QUOTED_CHARS);
  const opened = formatTime(c.openedAt);

  const plain = (quoted: string, note = '') =>
    [
      first ? `Hi ${first},` : 'Hi,',
      '',
      `${KIND_NOUN[post.kind]} on ${site} needs your attention (${category}).`,
      '',
      `Case: ${cleanLine(c.id)}, opened ${opened}`,
      `From: ${from}`,
      `Post: ${url ?? '(no link)'}`,
      `Classification: ${classification}`,
      '',
      quoted ? quoteLines(quoted) : '(The post showed no text.)',
      ...(note ? ['', note] : []),
      '',
      'Please reply once it is handled, so the case can be closed.',
      '– sent from Earshot',
    ].join('\n');

  const markdown = [
    `**Case ${md(cleanLine(c.id))}** · ${md(category)} · opened ${opened}`,
    '',
    `- **From:** ${md(from)} on ${site}`,
    `- **Post:** ${url ? `<${url}>` : '(no link)'}`,
    `- **Classification:** ${md(classification)}`,
    '',
    text ? quoteLines(text, md) : '*(The post showed no text.)*',
  ].join('\n');

  return { subject, body: plain(text), markdown, mailto: fitMailto(contact.email, subject, text, plain) };
}

/**
 * The mailto: link, at most MAILTO_MAX_LENGTH characters. The post text is
 * cut first, by whole graphemes (never half an emoji, never half a %XX escape,
 * since cutting happens before encoding), and ends in "…".
 */
function fitMailto(email: string, subject: string, text: string, plain: (quoted: string, note?: string) => string): string {
  const to = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(email.trim()) ? email.trim() : '';
  const head = `mailto:${to}?subject=`;
  // RFC 6068: line breaks in a mailto body are CRLF.
  const link = (encSubject: string, body: string) => `${head}${encSubject}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  const withText = (k: number) =>
    link(encodeURIComponent(subject), k >= graphemes.length ? plain(text) : plain(`${graphemes.slice(0, k).join('')}…`, SHORTENED));
  if (withText(graphemes.length).length <= MAILTO_MAX_LENGTH) return withText(graphemes.length);
  if (withText(0).length <= MAILTO_MAX_LENGTH) {
    // Longest prefix that fits: the length grows with k, so binary search.
    let lo = 0;
    let hi = graphemes.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (withText(mid).length <= MAILTO_MAX_LENGTH) lo = mid;
      else hi = mid - 1;
    }
    return withText(lo);
  }
  // Even without the quote it is too long (very long non-Latin names): cut subject and body themselves.
  const encSubject = encodeFitting(subject, 400);
  const budget = MAILTO_MAX_LENGTH - head.length - encSubject.length - '&body='.length;
  return `${head}${encSubject}&body=${encodeFitting(plain('…', SHORTENED).replace(/\n/g, '\r\n'), budget)}`;
}

/** encodeURIComponent of the longest grapheme prefix whose encoding fits `budget` (with "…" when cut). */
function encodeFitting(s: string, budget: number): string {
  const ellipsis = encodeURIComponent('…');
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)) {
    const enc = encodeURIComponent(segment);
    if (out.length + enc.length + ellipsis.length > budget) return out + ellipsis;
    out += enc;
  }
  return out;
}

function quoteLines(text: string, escape: (s: string) => string = (s) => s): string {
  return text.split('\n').map((line) => (line.trim() ? `> ${escape(line)}` : '>')).join('\n');
}

/** X handles get their "@"; LinkedIn/Facebook handles are profile URLs and stay as they are. */
function formatHandle(handle: string | null): string {
  const h = cutText(cleanLine(handle ?? ''), 300);
  if (!h) return '';
  return /^https?:\/\//i.test(h) ? (safeUrl(h) ?? '') : `@${h.replace(/^@/, '')}`;
}

/** Only http(s) links, re-serialised (spaces, quotes and angle brackets percent-encoded). */
function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null;
  try {
    return new URL(url.trim()).href;
  } catch {
    return null;
  }
}

/** "2025-01-31T09:21:00.000Z" → "2025-01-31 09:21 UTC" (no locale: the recipient may be anywhere). */
function formatTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 'at an unknown time' : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Escapes Markdown so page text stays text: no links, images, HTML, emphasis or headings. */
function md(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~&!]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#+\-=])/, '$1\\$2') // heading, list or setext marker at the start
    .replace(/^(\s*\d+)([.)])/, '$1\\$2'); // "1." would start a numbered list
}
