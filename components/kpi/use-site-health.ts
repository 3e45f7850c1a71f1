import { useEffect, useState } from 'react';
import { SITES } from '@/lib/model/types';
import { describeSiteHealth, readSiteHealth, siteHealthItem, type SiteHealthMap } from '@/lib/settings/site-health';

/**
 * The sentences for sites whose layout the adapter did not recognise
 * ("LinkedIn: page layout not recognised"), kept current through the storage
 * watch: a later visit that reads the page fine clears the line by itself.
 */
export function useSiteHealthLines(): string[] {
  const [health, setHealth] = useState<SiteHealthMap>({});
  useEffect(() => {
    let live = true;
    void readSiteHealth().then((value) => {
      if (live) setHealth(value);
    });
    const unwatch = siteHealthItem.watch((value) => setHealth(value ?? {}));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return SITES.flatMap((site) => {
    const report = health[site];
    const line = report ? describeSiteHealth(report) : null;
    return line ? [line] : [];
  });
}
