import { useEffect, useState } from 'react';
import { getSpikeState, spikeStateItem, type SpikeState } from '@/lib/settings/spike-state';
import { caseStrings as s } from './strings';
import './cases.css';

/** The last spike check (lib/background/spike-job.ts), following the storage watch while the page is open. */
function useSpikeState(): SpikeState | null {
  const [state, setState] = useState<SpikeState | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      void getSpikeState().then((value) => {
        if (live) setState(value);
      });
    };
    load();
    const unwatch = spikeStateItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}

/**
 * While negative mentions are spiking, the popup says so first, with the
 * rule's own explanation ("Spike: 14 negative mentions in the last 24 h,
 * usually 2.3 a day …"), so the red badge is never a mystery. Not a live
 * region: it is there when the popup opens, and is read in page order.
 */
export function SpikeBanner() {
  const state = useSpikeState();
  if (!state?.spiking) return null;
  return (
    <p className="es-notice es-notice--error es-spike">
      <strong>{s.spikeTitle}</strong> {state.explanation}
    </p>
  );
}
