import { useEffect, useState } from 'react';
import type { DbFault } from '@/lib/db/db-faults';
import { dbHealthItem, dismissDbFault } from '@/lib/settings/db-health';

/**
 * Says so, in words the user can act on, when Earshot's storage failed (disk
 * full, database blocked, damaged or lost). Shown in the popup and the settings
 * page until a later write succeeds; a sticky one (data was lost) until the user
 * dismisses it or imports a backup.
 */
export function DbFaultBanner() {
  const [fault, setFault] = useState<DbFault | null>(null);
  useEffect(() => {
    void dbHealthItem.getValue().then(setFault);
    return dbHealthItem.watch((value) => setFault(value ?? null));
  }, []);
  if (!fault) return null;
  return (
    <div role="alert" className="es-notice es-notice--error es-db-fault">
      <strong>{fault.message}</strong> {fault.recovery}
      {fault.sticky ? (
        <>
          {' '}
          <button type="button" className="es-button es-button--quiet" onClick={() => void dismissDbFault()}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}
