import { renderPopupCopy } from '@/components/kpi/render-popup-copy';
import { registerBackgroundHandlers } from '@/lib/background/register-handlers';
import { startPopupSnapshotRefresh } from '@/lib/background/popup-snapshot-refresh';
import { getDb } from '@/lib/db';

/** Thin: the handlers live in lib/background, one job per file. */
export default defineBackground(() => {
  registerBackgroundHandlers();
  // The next popup's first paint stays current after new data (issue #5: ≤ 100 ms at 100,000 mentions).
  startPopupSnapshotRefresh(getDb(), renderPopupCopy);
});
