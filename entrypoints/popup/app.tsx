import { browser } from 'wxt/browser';
import { PopupScorecard } from '@/components/kpi/popup-scorecard';
import { DbFaultBanner } from '@/components/ui/db-fault-banner';
import { getDb } from '@/lib/db';

/** The benchmark compares loaders with popup.html?loader=naive; the popup itself never sets it. */
function loaderFromUrl(): string | null {
  return new URLSearchParams(globalThis.location?.search ?? '').get('loader');
}

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

/** Thin popup shell: the page's database, the loader choice and the browser calls; the UI is components/kpi. */
export function PopupApp() {
  return (
    <>
      <DbFaultBanner />
      <PopupScorecard db={getDb()} loader={loaderFromUrl()} onOpenDashboard={() => void openDashboard()} />
    </>
  );
}
