import { isActive } from '@/lib/cases/transitions';
import type { StoredCase } from '@/lib/db/schema';
import type { Site } from '@/lib/model/types';
import type { AgeFilter, SortOrder, StateFilter } from './strings';

/** What the case list shows; pure, so the filtering is tested apart from the controls. */
export interface CaseFilters {
  state: StateFilter;
  site: Site | 'all';
  /** A category name, or '' for all. */
  category: string;
  age: AgeFilter;
  sort: SortOrder;
}

export const INITIAL_FILTERS: CaseFilters = { state: 'active', site: 'all', category: '', age: 'any', sort: 'oldest' };

const HOUR = 3_600_000;
const MIN_AGE_MS: Record<AgeFilter, number> = { any: 0, day: 24 * HOUR, week: 7 * 24 * HOUR };

/** Whether one case passes the filters (sort aside). */
export function matchesFilters(c: StoredCase, f: CaseFilters, now: Date): boolean {
  if (f.state === 'active' ? !isActive(c) : f.state !== 'all' && c.state !== f.state) return false;
  if (f.site !== 'all' && c.site !== f.site) return false;
  if (f.category && c.category.trim().toLowerCase() !== f.category.trim().toLowerCase()) return false;
  if (f.age === 'any') return true;
  const opened = Date.parse(c.openedAt);
  return !Number.isNaN(opened) && now.getTime() - opened > MIN_AGE_MS[f.age];
}

/** The cases shown, oldest or newest first (by when they were opened, then id for a stable order). */
export function filterCases(cases: readonly StoredCase[], f: CaseFilters, now: Date): StoredCase[] {
  const dir = f.sort === 'oldest' ? 1 : -1;
  return cases
    .filter((c) => matchesFilters(c, f, now))
    .sort((a, b) => dir * (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Category names for the filter: the configured ones in their order, then any others the cases carry. */
export function categoryOptions(configured: readonly string[], cases: readonly StoredCase[]): string[] {
  const seen = new Set(configured.map((n) => n.toLowerCase()));
  const extra = [...new Set(cases.map((c) => c.category))].filter((n) => !seen.has(n.toLowerCase())).sort();
  return [...configured, ...extra];
}
