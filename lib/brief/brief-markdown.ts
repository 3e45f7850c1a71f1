import { SITE_LABELS, SITES } from '../model/types';
import type { Brief, BriefCell } from './build-brief';
import { briefStrings as s } from './strings';

/**
 * The brief as Markdown ("Copy as Markdown": paste into a doc, wiki, Slack
 * or Teams). Page text (authors, posts, categories, phrases) is escaped so
 * it stays text: it cannot make links, images, HTML, emphasis, headings,
 * lists or table cells, and bare URLs in it are broken up ("https\://") so
 * renderers that autolink see none. The only links are post permalinks,
 * re-serialised by URL, as <autolinks>.
 */

/** Escapes one line of untrusted text for Markdown (also inside a table cell); whitespace runs become one space. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&!]/g, (ch) => `\\${ch}`) // emphasis, code, links, images, HTML, entities, cells
    .replace(/^([#+\-=])/, '\\$1') // a heading, list or setext marker at the start
    .replace(/^(\d+)([.)])/, '$1\\$2') // "1." would start a numbered list
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:') // "https://…" is autolinked by GFM; "https\://…" is not
    .replace(/\b(www)\./gi, '$1\\.'); // nor is "www\.…"
}

/** An http(s) permalink as <autolink>, or null: no other scheme, nothing that could close the brackets. */
export function markdownLink(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null;
  try {
    const href = new URL(url.trim()).href;
    return /[<>\s]/.test(href) ? null : `<${href}>`;
  } catch {
    return null;
  }
}

const MARK = { met: ` ${s.marks.met}`, unmet: ` ${s.marks.unmet}`, unknown: ` ${s.marks.unknown}` } as const;
const cell = (c: BriefCell) => `${escapeMarkdown(c.display)}${c.mark ? MARK[c.mark] : ''}`;
const link = (url: string | null) => markdownLink(url) ?? `(${s.noLink})`;

export function briefMarkdown(brief: Brief): string {
  const out: string[] = [`# ${escapeMarkdown(brief.title)}`, '', `*${escapeMarkdown(s.subtitle(brief.periodDays))} ${escapeMarkdown(s.generated(brief.generated))}*`, ''];

  out.push(`## ${s.kpisTitle}`, '');
  const columns = [s.kpiColumn, s.allColumn, ...SITES.map((site) => SITE_LABELS[site]), s.goalColumn];
  out.push(`| ${columns.join(' | ')} |`, `|${columns.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const row of brief.kpis) {
    const cells = [row.cells.all, ...SITES.map((site) => row.cells[site])].map(cell);
    out.push(`| ${escapeMarkdown(row.label)} | ${cells.join(' | ')} | ${escapeMarkdown(row.goal ?? s.noGoal)} |`);
  }
  out.push('', `${s.marks.met} ${s.met} · ${s.marks.unmet} ${s.notMet} · ${s.marks.unknown} ${s.unknown}`, '');

  out.push(`## ${s.issuesTitle}`, '');
  if (brief.issues.length === 0) out.push(s.noIssues);
  else {
    out.push(s.issuesCount(brief.issues.length, brief.openCount), '');
    brief.issues.forEach((i, n) => {
      const meta = [i.category, s.states[i.state], i.site, s.opened(i.age), i.sla].map(escapeMarkdown).join(' · ');
      const text = i.firstLine ? `: “${escapeMarkdown(i.firstLine)}”` : '';
      out.push(`${n + 1}. **${escapeMarkdown(i.id)}** · ${meta} — ${escapeMarkdown(i.author)}${text} ${link(i.url)}`);
    });
  }
  out.push('');

  out.push(`## ${s.repeatTitle}`, '');
  if (brief.repeatProblems.length === 0) out.push(s.noRepeat);
  for (const t of brief.repeatProblems) {
    out.push(`- **${escapeMarkdown(t.phrase)}**: ${s.topicCounts(t.count, t.previousCount)} ${s.arrows[t.trend]} ${s.trend[t.trend]}`);
  }
  out.push('');

  out.push(`## ${s.praiseTitle}`, '');
  if (brief.praise.length === 0) out.push(s.noPraise);
  for (const p of brief.praise) {
    out.push(`- ${escapeMarkdown(p.author)} ${s.on(p.site)}: “${escapeMarkdown(p.text)}” ${link(p.url)}`);
  }
  out.push('');

  out.push(`## ${s.responseTitle}`, '');
  for (const r of brief.response) {
    const parts = [s.previous(r.previous), ...(r.goal ? [r.goal] : [])].map(escapeMarkdown).join(' · ');
    out.push(`- **${r.label}**: ${escapeMarkdown(r.display)} (${parts}); ${r.hint}`);
  }
  return `${out.join('\n')}\n`;
}
