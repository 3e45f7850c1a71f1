import { useEffect, useState } from 'react';
import { escalationItem } from '@/lib/settings/escalation-settings';
import { goalsItem } from '@/lib/settings/goals';

/**
 * A number that grows whenever a setting the scorecard reads changes: the
 * goals (tiles' met / not met, Score) and the escalation categories (their
 * SLA hours, for SLA breaches). They live in sync storage, not in Dexie, so
 * useLiveQuery cannot see them change: the scorecard puts this number in its
 * query's dependencies to re-run then.
 */
export function useSettingsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const unwatch = [goalsItem.watch(bump), escalationItem.watch(bump)];
    return () => unwatch.forEach((stop) => stop());
  }, []);
  return version;
}
