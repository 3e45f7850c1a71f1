/**
 * Every English string of the scorecard (popup and the options page's
 * dashboard, which reuses the tiles), in one place so a translation touches
 * one file. The KPI names themselves are KPI_LABELS in lib/kpi: the tiles
 * show them verbatim because product.md §8 checks them.
 */
import type { StoredCase } from '@/lib/db/schema';
import type { PeriodDays } from '@/lib/kpi';
import { SITE_LABELS, type Site } from '@/lib/model/types';

export const periodText = (days: PeriodDays) => `${days} days`;

export const scorecardStrings = {
  title: 'Earshot',
  subtitle: (days: PeriodDays) => `Your scorecard, last ${days} days`,
  loading: '…',
  periodLabel: 'Period',
  channelLabel: 'Channel',
  allChannels: 'All',
  tilesLabel: 'Key figures',
  openDashboard: 'Open dashboard',
  loadFailed: (error: string) => `The scorecard could not be loaded: ${error}`,

  /** The tile's change line, spoken: "up 25% vs previous 7 days". */
  change: (direction: 'up' | 'down' | 'same', amount: string, days: PeriodDays) =>
    direction === 'same' ? `no change vs previous ${days} days` : `${direction} ${amount} vs previous ${days} days`,
  /** Shown when the change cannot be a percentage (the previous value was 0). */
  previousWas: (previous: string, days: PeriodDays) => `previous ${days} days: ${previous}`,

  goalMet: (target: string) => `goal met: ${target}`,
  goalNotMet: (target: string) => `goal not met: ${target}`,
  goalUnknown: (target: string) => `goal ${target}: nothing to measure yet`,
  noGoal: 'no goal',
  /** Under the Sentiment value, which lists three shares. */
  sentimentLegend: 'positive · neutral · negative',
  /** On the Score tile instead of a goal: Score is the share of goals met. */
  goalsMet: (met: number, total: number) => `${met} of ${total} goals met`,
  noGoals: 'no goals to measure yet',

  sparkline: (label: string, days: number, first: string, last: string, low: string, high: string, trend: string) =>
    `${label} per day over ${days} days: from ${first} to ${last}, low ${low}, high ${high}, ${trend}`,
  trend: { up: 'rising', down: 'falling', flat: 'flat' },

  cases: {
    title: 'Open cases',
    empty: 'No open cases. Well done.',
    more: (n: number) => `and ${n} more on the dashboard`,
    states: { open: 'Open', escalated: 'Escalated', resolved: 'Resolved', ignored: 'Ignored' } satisfies Record<StoredCase['state'], string>,
    age: (age: string) => `opened ${age} ago`,
    on: (site: string) => `on ${site}`,
    noLink: 'no link to the post',
  },
};

/** "All", "X", "LinkedIn", "Facebook" for the channel filter and the table. */
export function channelName(site: Site | 'all'): string {
  return site === 'all' ? scorecardStrings.allChannels : SITE_LABELS[site];
}

export const dashboardStrings = {
  title: 'Dashboard',
  intro: 'Your scorecard with daily charts and each channel side by side. Everything is computed in this browser.',
  kpisTitle: 'Key figures',
  chartsTitle: 'Day by day',
  tableTitle: 'By channel',
  tableCaption: (days: PeriodDays) => `Key figures per channel, last ${days} days`,
  kpiColumn: 'Key figure',
  casesTitle: 'Cases',
  noSeries: 'No daily numbers for this chart yet.',
  charts: {
    mentions: 'Mentions per day',
    needingResponse: 'Needing response per day',
    responseRate: 'Response rate per day',
    sentiment: 'Net sentiment per day (positive share minus negative share)',
    issues: 'Issues opened and resolved per day',
    ownPosts: 'Own posts per day',
  },
  series: { issuesOpened: 'Opened', issuesResolved: 'Resolved' },
  chartSummary: (title: string, from: string, to: string, parts: string) => `${title}, ${from} to ${to}: ${parts}`,
  seriesSummary: (name: string, total: string, high: string, highDay: string) =>
    `${name} total ${total}, highest ${high} on ${highDay}`,
  lineSummary: (name: string, first: string, last: string, high: string, low: string) =>
    `${name} from ${first} to ${last}, high ${high}, low ${low}`,
  noValues: (name: string) => `${name}: no values`,
};
