import { storage } from 'wxt/utils/storage';
import { DEFAULT_GOALS, KPI_IDS, type Goal } from '../kpi';
import { SITES } from '../model/types';
import { GOALS_STORAGE_KEY } from './scorecard-setting-keys';

/**
 * The user's goals (product.md §5 "Goals per channel"), in the KPI engine's
 * units (lib/kpi/types.ts Goal). Small settings, so they live in the
 * browser's sync storage (product.md §6) and follow the user. Never set:
 * DEFAULT_GOALS; an empty list is a choice ("no goals", Score "—") and kept.
 */
export const goalsItem = storage.defineItem<Goal[]>(`sync:${GOALS_STORAGE_KEY}`, { fallback: DEFAULT_GOALS });

/**
 * chrome.storage.sync allows 8,192 bytes per item; a goal is ~70 bytes of
 * JSON, so this leaves ample room. More goals than this is a mistake, not a plan.
 */
export const MAX_GOALS = 60;

const SCOPES = new Set<string>(['all', ...SITES]);
const GOAL_KPIS = new Set<string>(KPI_IDS.filter((id) => id !== 'score'));

/** A well-formed goal: a known scope and KPI (not Score), an operator and a finite target (net sentiment may be negative). */
export function isGoal(value: unknown): value is Goal {
  if (!value || typeof value !== 'object') return false;
  const g = value as Record<string, unknown>;
  return (
    typeof g.site === 'string' && SCOPES.has(g.site) &&
    typeof g.kpi === 'string' && GOAL_KPIS.has(g.kpi) &&
    (g.op === '>=' || g.op === '<=') &&
    typeof g.target === 'number' && Number.isFinite(g.target)
  );
}

/** Only the fields a Goal has, so nothing else reaches sync storage. */
const clean = ({ site, kpi, op, target }: Goal): Goal => ({ site, kpi, op, target });

/**
 * The saved goals; DEFAULT_GOALS when nothing usable is stored. Entries that
 * are not goals (written by another version, or by hand) are dropped.
 */
export async function getGoals(): Promise<Goal[]> {
  return goalsFrom(await goalsItem.getValue());
}

/** The goals a stored value stands for (getGoals' rule; undefined = never set). */
export function goalsFrom(value: unknown): Goal[] {
  if (!Array.isArray(value)) return DEFAULT_GOALS.map(clean);
  return value.filter(isGoal).map(clean);
}

/** Saves the list as given (order kept: the first goal on a KPI is the one its tile shows). Throws on a malformed goal. */
export async function saveGoals(goals: Goal[]): Promise<void> {
  const bad = goals.findIndex((g) => !isGoal(g));
  if (bad >= 0) throw new TypeError(`Goal ${bad + 1} is not valid: ${JSON.stringify(goals[bad])}`);
  if (goals.length > MAX_GOALS) throw new RangeError(`At most ${MAX_GOALS} goals can be saved.`);
  await goalsItem.setValue(goals.map(clean));
}
