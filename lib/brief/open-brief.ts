import { browser } from 'wxt/browser';
import type { PeriodDays } from '../kpi';

/** Opens the review brief (entrypoints/brief) for a period in a new tab; our own page needs no "tabs" permission. */
export async function openBrief(days: PeriodDays): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/brief.html?days=${days}`) });
}

/** The period a brief URL asks for (?days=30); anything else is the default week. */
export function briefDaysFromSearch(search: string): PeriodDays {
  const days = Number(new URLSearchParams(search).get('days'));
  return days === 30 || days === 90 ? days : 7;
}
