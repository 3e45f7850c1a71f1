import type { PeriodDays, Scope } from '@/lib/kpi/types';

/**
 * The view the popup opens on, every time (product.md §8: all channels, the
 * last 7 days). Its own module: the popup's first paint checks its cached
 * scorecard against it before the store (zustand) has loaded.
 */
export const INITIAL_SCORECARD: { readonly period: PeriodDays; readonly channel: Scope } = { period: 7, channel: 'all' };
