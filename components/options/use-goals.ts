import { useEffect, useState } from 'react';
import type { Goal } from '@/lib/kpi';
import { getGoals, goalsItem } from '@/lib/settings/goals';

/**
 * The saved goals, kept current through the storage watch (another tab, an
 * import or the other browser through sync may change them). `undefined`
 * while the first read is pending; `set` shows a save at once, before the
 * watch echoes it.
 */
export function useGoals(): [Goal[] | undefined, (goals: Goal[]) => void] {
  const [goals, setGoals] = useState<Goal[]>();
  useEffect(() => {
    let live = true;
    const load = () => {
      void getGoals().then((value) => {
        if (live) setGoals(value);
      });
    };
    load();
    // Re-read rather than trust the raw value: getGoals applies the defaults and checks.
    const unwatch = goalsItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return [goals, setGoals];
}
