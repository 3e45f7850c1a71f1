/**
 * The brief page's own words (buttons, period choice, states). The words the
 * brief shares with its Markdown live in lib/brief/strings.ts.
 */
import type { PeriodDays } from '@/lib/kpi';

export { briefStrings } from '@/lib/brief/strings';

export const briefPageStrings = {
  pageTitle: 'Earshot review brief',
  loading: 'Preparing the brief…',
  loadFailed: (error: string) => `The brief could not be prepared: ${error}`,
  toolbarLabel: 'Brief tools',
  periodLabel: 'Period',
  period: (days: PeriodDays) => `Last ${days} days`,
  print: 'Print or save as PDF',
  copyMarkdown: 'Copy as Markdown',
  copied: 'Copied the brief as Markdown.',
  copyFailed: 'The clipboard refused the text. Try again, or print to PDF instead.',
  openPost: (who: string) => `Post by ${who} (new tab)`,
  goalSpoken: { met: 'goal met', unmet: 'goal not met', unknown: 'goal: nothing to measure yet' },
};
