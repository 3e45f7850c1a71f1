import { byUrgency, slaStatus } from '../cases/sla-status';
import { cleanLine, cutText } from '../cases/text';
import { groupTopics } from '../cases/topics';
import { formatDuration, formatPercent, KPI_IDS, NONE, type KpiReport, type KpiUnit, type KpiValue, type Scope } from '../kpi';
import { SITE_LABELS, SITES } from '../model/types';
import type { Brief, BriefCell, BriefInput, BriefIssue, BriefKpiRow, BriefPraise, BriefResponse, GoalMark } from './brief-types';
import { briefStrings as s } from './strings';

/**
 * The review-meeting brief (product.md §4 "a one-page summary … of the
 * period: KPIs vs goals, top issues, repeat problems, notable praise"), as
 * plain data: the page renders it and brief-markdown.ts writes it, so both
 * show the same thing. Pure: the caller reads the database (load-brief.ts).
 * Page text is reduced to one clean line here (no control or bidi
 * characters); escaping is the renderer's job.
 */

export type * from './brief-types';

export const BRIEF_LIMITS = { issues: 5, repeatProblems: 5, praise: 3, textChars: 200 } as const;
const OP = { '>=': '≥', '<=': '≤' } as const;

/** "Jun 3 – 9, 2025": the local days of the current period, in its time zone. */
export function periodLabel(report: Pick<KpiReport, 'current' | 'timeZone'>): string {
  const format = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: report.timeZone });
  return format.formatRange(report.current.start, new Date(report.current.end.getTime() - 1));
}

/** A value in the KPI's unit as the tiles show it (components/kpi/tile-text.ts, which lib/ cannot import). */
export function formatKpiValue(unit: KpiUnit, value: number): string {
  if (unit === 'percent') return formatPercent(value);
  if (unit === 'duration') return formatDuration(value);
  if (unit === 'sentiment') return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.round(Math.abs(value))} pts`;
  return String(Math.round(value * 10) / 10);
}

const goalText = (k: KpiValue) => (k.goal ? `${OP[k.goal.op]} ${formatKpiValue(k.unit, k.goal.target)}` : null);
const markOf = (k: KpiValue | undefined): GoalMark => (!k?.goal ? null : k.goal.met === null ? 'unknown' : k.goal.met ? 'met' : 'unmet');
const cellOf = (k: KpiValue | undefined): BriefCell => ({ display: k?.display ?? NONE, mark: markOf(k) });
const line = (text: string | undefined, max: number = BRIEF_LIMITS.textChars) =>
  cutText(cleanLine((text ?? '').split('\n').find((l) => l.trim()) ?? ''), max);
const webUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

function kpiRows({ report, byChannel }: BriefInput): BriefKpiRow[] {
  return KPI_IDS.map((id) => {
    const all = report.byId[id];
    const cells = { all: cellOf(all) } as Record<Scope, BriefCell>;
    for (const site of SITES) cells[site] = cellOf(byChannel[site]?.byId[id]);
    const evaluable = report.goals.filter((g) => g.met !== null);
    const goal = id === 'score' ? (evaluable.length ? s.scoreGoals(evaluable.filter((g) => g.met).length, evaluable.length) : null) : goalText(all);
    return { id, label: all.label, cells, goal };
  });
}

function topIssues({ activeCases, slaPolicy, now }: BriefInput): BriefIssue[] {
  return [...activeCases]
    .sort(byUrgency(slaPolicy))
    .slice(0, BRIEF_LIMITS.issues)
    .map((c) => {
      const status = slaStatus(c, now, slaPolicy);
      const opened = Date.parse(c.openedAt);
      const sla =
        status.kind === 'due' ? s.sla.due(formatDuration(status.ms)) : status.kind === 'breached' ? s.sla.breached(formatDuration(status.ms)) : s.sla[status.kind];
      return {
        id: cleanLine(c.id), state: c.state, category: line(c.category, 100), site: SITE_LABELS[c.site] ?? c.site,
        author: line(c.author, 80) || s.unknownAuthor, firstLine: line(c.text), url: webUrl(c.url),
        age: Number.isNaN(opened) ? NONE : formatDuration(Math.max(0, now.getTime() - opened)), sla, breached: status.kind === 'breached',
      };
    });
}

function notablePraise({ praisePosts, report }: BriefInput): BriefPraise[] {
  const from = report.current.start.getTime();
  const to = report.current.end.getTime();
  return praisePosts
    .filter((p) => p.kind === 'praise' && !p.competitor && !p.isOwn && Date.parse(p.firstSeenAt) >= from && Date.parse(p.firstSeenAt) < to)
    .sort((a, b) => b.sentiment - a.sentiment || (a.firstSeenAt > b.firstSeenAt ? -1 : a.firstSeenAt < b.firstSeenAt ? 1 : 0))
    .slice(0, BRIEF_LIMITS.praise)
    .map((p) => ({ author: line(p.author, 80) || s.unknownAuthor, site: SITE_LABELS[p.site] ?? p.site, text: line(p.text), url: webUrl(p.url) }));
}

function responseTimes({ report }: BriefInput): BriefResponse[] {
  const row = (id: 'customerWait' | 'yourReaction', label: string, hint: string): BriefResponse => {
    const k = report.byId[id];
    const target = goalText(k);
    const status = k.goal?.met === true ? s.met : k.goal?.met === false ? s.notMet : s.unknown;
    return {
      label, hint, display: k.display,
      previous: k.previous === null ? NONE : formatKpiValue(k.unit, k.previous),
      goal: target ? s.goal(target, status) : null,
    };
  };
  return [row('customerWait', s.customerWait, s.customerWaitHint), row('yourReaction', s.yourReaction, s.yourReactionHint)];
}

export function buildBrief(input: BriefInput): Brief {
  const { report, periodDays, issuePosts, watchlist } = input;
  const issues = issuePosts
    .filter((p) => p.kind === 'issue' && !p.competitor && !p.isOwn)
    .map((p) => ({ id: `${p.site}:${p.postId}`, text: p.text, at: p.firstSeenAt }));
  // Topics over the KPI period itself: rolling windows that end where the period's last local day ends.
  const repeatProblems = groupTopics(issues, { now: report.current.end, periodDays, exclude: watchlist, maxTopics: BRIEF_LIMITS.repeatProblems });
  const label = periodLabel(report);
  return {
    title: s.title(label),
    periodLabel: label,
    generated: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: report.timeZone }).format(input.now),
    periodDays,
    kpis: kpiRows(input),
    issues: topIssues(input),
    openCount: input.activeCases.length,
    repeatProblems,
    praise: notablePraise(input),
    response: responseTimes(input),
  };
}
