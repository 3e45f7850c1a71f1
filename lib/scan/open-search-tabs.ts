import { browser } from 'wxt/browser';
import { getProfile } from '../settings/profile';
import { searchUrls } from './search-urls';

/**
 * Opens the brand's search on X, LinkedIn and Facebook, one tab each
 * (tabs.create and tabs.update need no permission). All open in the
 * background and the first (X) is activated last: activating a tab closes
 * the popup, and this script with it, so that must be the final call.
 * Returns how many were opened (0 when the profile names no brand or handle).
 */
export async function openSearchTabs(): Promise<number> {
  const urls = searchUrls(await getProfile());
  const ids: number[] = [];
  for (const { url } of urls) {
    const tab = await browser.tabs.create({ url, active: false });
    if (tab.id !== undefined) ids.push(tab.id);
  }
  if (ids[0] !== undefined) await browser.tabs.update(ids[0], { active: true });
  return urls.length;
}
