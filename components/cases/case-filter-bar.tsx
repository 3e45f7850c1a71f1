import { SITES, SITE_LABELS } from '@/lib/model/types';
import type { CaseFilters } from './case-filters';
import { caseStrings as s, type AgeFilter, type SortOrder, type StateFilter } from './strings';

export interface CaseFilterBarProps {
  filters: CaseFilters;
  categories: readonly string[];
  onChange: (filters: CaseFilters) => void;
}

const STATES: StateFilter[] = ['active', 'open', 'escalated', 'resolved', 'ignored', 'all'];
const AGES: AgeFilter[] = ['any', 'day', 'week'];
const SORTS: SortOrder[] = ['oldest', 'newest'];

/**
 * The list's filters and sort as native, labelled <select>s: every value is
 * one keystroke away and screen readers announce label and choice.
 */
export function CaseFilterBar({ filters, categories, onChange }: CaseFilterBarProps) {
  const set = <K extends keyof CaseFilters>(key: K, value: CaseFilters[K]) => onChange({ ...filters, [key]: value });
  const select = <K extends keyof CaseFilters>(key: K, label: string, options: readonly [CaseFilters[K], string][]) => (
    <label className="es-filter">
      <span>{label}</span>
      <select value={String(filters[key])} onChange={(e) => set(key, options.find(([v]) => String(v) === e.target.value)![0])}>
        {options.map(([value, text]) => (
          <option key={String(value)} value={String(value)}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div role="group" aria-label={s.filtersLabel} className="es-filters">
      {select('state', s.stateLabel, STATES.map((v): [StateFilter, string] => [v, s.states[v]]))}
      {select('site', s.siteLabel, [['all', s.allSites], ...SITES.map((v): [CaseFilters['site'], string] => [v, SITE_LABELS[v]])])}
      {select('category', s.categoryLabel, [['', s.allCategories], ...categories.map((v): [string, string] => [v, v])])}
      {select('age', s.ageLabel, AGES.map((v): [AgeFilter, string] => [v, s.ages[v]]))}
      {select('sort', s.sortLabel, SORTS.map((v): [SortOrder, string] => [v, s.sorts[v]]))}
    </div>
  );
}
