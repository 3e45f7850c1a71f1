import { browser } from 'wxt/browser';
import { PopupScorecard } from '@/components/kpi/popup-scorecard';
import { DbFaultBanner } from '@/components/ui/db-fault-banner';
import { getDb } from '@/lib/db';
import type { PopupSnapshot } from '@/lib/db/popup-snapshot';
import { loaderFromUrl } from './loader-param';

/**
 * Opens the dashboard tab of the options page. openOptionsPage() cannot carry
 * a hash, so the page is opened by URL (no permission needed for our own page).
 */
async function openDashboard(): Promise<void> {
  try {
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#dashboard` });
  } catch {
    await browser.runtime.openOptionsPage(); // lands on the first tab, which is the dashboard too
  }
  window.close();
}

export interface PopupAppProps {
  /** The cached scorecard the page painted first (boot.ts), when it was current. */
  snapshot?: PopupSnapshot | null;
  /** The popup build (main.tsx): the live scorecard is cached for the next open under it. */
  build?: string;
}

/** Thin popup shell: the page's database, the loader choice and the browser calls; the UI is components/kpi. */
export function PopupApp({ snapshot = null, build }: PopupAppProps) {
  return (
    <>
      <DbFaultBanner />
      <PopupScorecard db={getDb()} loader={loaderFromUrl()} snapshot={snapshot} build={build} onOpenDashboard={() => void openDashboard()} />
    </>
  );
}
