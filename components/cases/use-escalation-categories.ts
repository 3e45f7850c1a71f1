import { useEffect, useState } from 'react';
import { escalationItem, getEscalationSettings, type EscalationCategory } from '@/lib/settings/escalation-settings';

/**
 * The escalation categories (SLA hours and contacts), following the storage
 * watch: a change in the Escalation tab or another browser through sync
 * shows here at once. Undefined until the first read.
 */
export function useEscalationCategories(): EscalationCategory[] | undefined {
  const [categories, setCategories] = useState<EscalationCategory[]>();
  useEffect(() => {
    let live = true;
    const load = () => {
      void getEscalationSettings().then((s) => {
        if (live) setCategories(s.categories);
      });
    };
    load();
    // Re-read rather than trust the raw value: getEscalationSettings falls back to the defaults.
    const unwatch = escalationItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return categories;
}
