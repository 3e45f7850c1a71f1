import type { Site } from '../model/types';

/**
 * "Scan now" (product.md §5: track the conversation in real time, also where
 * the user is not active): each site's own search for the brand, newest
 * first, opened in a tab so the content scripts read the results as usual.
 * Earshot makes no request itself; the user's browser loads the site's page.
 */

export interface SearchUrl {
  site: Site;
  url: string;
}

export interface ScanProfile {
  brandName: string;
  handle: string;
}

/** A phrase of several words must be searched as a phrase: `"Northwind Coffee"`, not Northwind AND Coffee. */
const phrase = (text: string) => (/\s/.test(text) ? `"${text.replace(/"/g, '')}"` : text);

/**
 * The search URLs for a profile, X first. X searches the brand OR the handle
 * (X's search understands OR and @handles); LinkedIn and Facebook search the
 * brand, or the handle without its "@" when no brand is set. Every value is
 * passed through encodeURIComponent, so a brand like "A&B #1" stays one query.
 * No brand and no handle: nothing to search, an empty list.
 */
export function searchUrls({ brandName, handle }: ScanProfile): SearchUrl[] {
  const brand = brandName.replace(/\s+/g, ' ').trim();
  const bare = handle.trim().replace(/^@+/, '').replace(/\s+/g, '');
  const at = bare ? `@${bare}` : '';
  const xQuery = [brand && phrase(brand), at].filter(Boolean).join(' OR ');
  const keyword = brand || bare;
  if (!keyword) return [];
  const q = encodeURIComponent;
  return [
    { site: 'x', url: `https://x.com/search?q=${q(xQuery)}&f=live` },
    { site: 'linkedin', url: `https://www.linkedin.com/search/results/content/?keywords=${q(keyword)}&sortBy=%22date_posted%22` },
    { site: 'facebook', url: `https://www.facebook.com/search/posts/?q=${q(keyword)}` },
  ];
}
