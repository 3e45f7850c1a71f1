/**
 * Every English string of the dashboard's Cases area (case list, repeat
 * problems, Scan now, Review brief), in one place for translation. State
 * names come from the popup's list so both say "Escalated" the same way.
 */
import type { SlaStatusKind } from '@/lib/cases/sla-status';
import type { TopicTrend } from '@/lib/cases/topics';
import type { CaseState } from '@/lib/db/schema';
import { scorecardStrings } from '../kpi/strings';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export type StateFilter = 'active' | CaseState | 'all';
export type AgeFilter = 'any' | 'day' | 'week';
export type SortOrder = 'oldest' | 'newest';

export const caseStrings = {
  listTitle: 'Case list',
  intro: 'Issues stay here until they are resolved. Escalate hands one to a colleague by e-mail; Earshot never sends mail itself.',
  loading: 'Loading cases…',
  empty: 'No cases match these filters.',
  filtersLabel: 'Filter cases',
  stateLabel: 'State',
  states: { active: 'Open or escalated', open: 'Open', escalated: 'Escalated', resolved: 'Resolved', ignored: 'Ignored', all: 'All' } satisfies Record<StateFilter, string>,
  stateNames: scorecardStrings.cases.states,
  siteLabel: 'Site',
  allSites: 'All sites',
  categoryLabel: 'Category',
  allCategories: 'All categories',
  ageLabel: 'Age',
  ages: { any: 'Any age', day: 'Older than 24 h', week: 'Older than 7 days' } satisfies Record<AgeFilter, string>,
  sortLabel: 'Sort',
  sorts: { oldest: 'Oldest first', newest: 'Newest first' } satisfies Record<SortOrder, string>,
  count: (shown: number, total: number) => (shown === total ? plural(total, 'case', 'cases') : `${shown} of ${plural(total, 'case', 'cases')}`),

  select: (id: string) => `Select ${id}`,
  selectAll: 'Select all shown',
  resolveSelected: (n: number) => `Resolve selected (${n})`,
  bulkResolved: (ids: string[]) => (ids.length ? `Resolved ${plural(ids.length, 'case', 'cases')}: ${ids.join(', ')}.` : 'Nothing to resolve: the selected cases were already closed.'),

  by: (author: string) => `by ${author}`,
  unknownAuthor: 'unknown author',
  noText: '(no text)',
  openPost: 'Open post',
  openPostName: (id: string, site: string) => `Open post ${id} on ${site} (new tab)`,
  noLink: 'no link to the post',
  opened: (age: string) => `opened ${age} ago`,
  sla: {
    due: (left: string) => `SLA: due in ${left}`,
    breached: (ago: string) => `SLA breached ${ago} ago`,
    met: 'Resolved within SLA',
    late: 'Resolved after the SLA',
    none: 'No SLA',
  } satisfies Record<SlaStatusKind, string | ((t: string) => string)>,

  escalate: 'Escalate',
  resolve: 'Resolve',
  ignore: 'Ignore',
  reopen: 'Reopen',
  actionName: (verb: string, id: string) => `${verb} ${id}`,
  done: (id: string, verb: string) => `${id} ${verb.toLowerCase()}.`,
  failed: (error: string) => `That did not work: ${error}`,

  escalateTitle: (id: string) => `Escalate ${id}`,
  escalateCategory: 'Category',
  escalateTo: (name: string, email: string) => (email ? `To: ${name ? `${name} <${email}>` : email}` : 'No e-mail address for this category: add one in the Escalation tab, or copy the summary.'),
  mailDraft: 'Open e-mail draft',
  copyText: 'Copy summary',
  copyMarkdown: 'Copy as Markdown',
  copied: (what: string) => `Copied the ${what} to the clipboard.`,
  copiedWhat: { text: 'summary', markdown: 'summary as Markdown' },
  copyFailed: 'The clipboard refused the text: select it and copy by hand.',
  escalateNote: 'Opening the draft or copying marks the case escalated. Earshot never sends mail itself: you press Send.',
  escalatedNote: (category: string, email: string) => `Escalated to ${category}${email ? ` (${email})` : ''}`,
  close: 'Close',

  history: (n: number) => `History (${n})`,
  /** Read after the visible "History (2)", so each case's disclosure has its own name. */
  historyOf: (id: string) => ` of ${id}`,

  toolbarLabel: 'Case tools',
  scanNow: 'Scan now',
  scanHint: 'Opens your brand’s search on X, LinkedIn and Facebook in new tabs, newest first.',
  scanNoBrand: 'Add your brand name or handle in the Watchlist tab first.',
  reviewBrief: 'Review brief',
  reviewBriefHint: 'A one-page summary of this period for your review meeting, to print or copy as Markdown.',

  spikeTitle: 'Negative mentions are spiking.',

  repeatTitle: 'Repeat problems',
  repeatIntro: 'Issues that share a key phrase, this period against the previous one.',
  repeatEmpty: 'No problem came up more than once in this period.',
  repeatCounts: (count: number, previous: number) => `${count} (prev. ${previous})`,
  trendSpoken: (trend: TopicTrend, count: number, previous: number, days: number) =>
    trend === 'new'
      ? `${plural(count, 'issue', 'issues')} in the last ${days} days, new: none in the ${days} days before`
      : `${plural(count, 'issue', 'issues')} in the last ${days} days, ${trend === 'flat' ? 'the same as' : trend === 'up' ? 'up from' : 'down from'} ${previous} in the ${days} days before`,
  arrows: { new: '★', up: '↑', down: '↓', flat: '→' } satisfies Record<TopicTrend, string>,
};
