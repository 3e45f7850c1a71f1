import { create } from 'zustand';
import type { PeriodDays, Scope } from '@/lib/kpi';
import { INITIAL_SCORECARD } from './initial-view';

export { INITIAL_SCORECARD };

/**
 * The scorecard's UI state (style.md habit 8: one zustand store per UI
 * context; the database stays the source of truth and is read with
 * useLiveQuery). Only what the user picks lives here, never numbers.
 * Not persisted on purpose: product.md §8 says the popup opens on all
 * channels over the last 7 days, every time.
 */
export interface ScorecardState {
  period: PeriodDays;
  channel: Scope;
  setPeriod: (period: PeriodDays) => void;
  setChannel: (channel: Scope) => void;
}

export const PERIODS: readonly PeriodDays[] = [7, 30, 90];
export const CHANNELS: readonly Scope[] = ['all', 'x', 'linkedin', 'facebook'];

export const useScorecardStore = create<ScorecardState>()((set) => ({
  ...INITIAL_SCORECARD,
  setPeriod: (period) => set({ period }),
  setChannel: (channel) => set({ channel }),
}));

/** Back to the opening view (tests; a page is a fresh module anyway). */
export function resetScorecardStore(): void {
  useScorecardStore.setState(INITIAL_SCORECARD);
}
