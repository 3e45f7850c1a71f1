import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { SITES, SITE_LABELS, type Site } from '@/lib/model/types';
import { describeSiteHealth, readSiteHealth, siteHealthItem } from '@/lib/settings/site-health';
import type { SiteHealthReport } from '@/lib/messaging/protocol';

/**
 * Foundation popup: what Earshot heard in the last 7 days per site and whether
 * each site's layout is recognised. The full scorecard replaces the counts.
 */

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function useSiteHealth(): Partial<Record<Site, SiteHealthReport>> {
  const [health, setHealth] = useState<Partial<Record<Site, SiteHealthReport>>>({});
  useEffect(() => {
    void readSiteHealth().then(setHealth);
    return siteHealthItem.watch((value) => setHealth(value ?? {}));
  }, []);
  return health;
}

export function PopupApp() {
  const since = new Date(Date.now() - WEEK_MS).toISOString();
  const counts = useLiveQuery(async () => {
    const posts = await getDb().posts.where('firstSeenAt').aboveOrEqual(since).toArray();
    const bySite = Object.fromEntries(SITES.map((s) => [s, 0])) as Record<Site, number>;
    let competitor = 0;
    for (const p of posts) {
      if (p.isOwn) continue;
      if (p.competitor) competitor += 1;
      else bySite[p.site] += 1;
    }
    return { bySite, competitor };
  }, [since.slice(0, 13)]);
  const health = useSiteHealth();
  const warnings = SITES.map((s) => (health[s] ? describeSiteHealth(health[s]) : null)).filter(Boolean);

  return (
    <main className="popup">
      <h1>Earshot</h1>
      {warnings.map((w) => (
        <p key={w} role="alert" className="notice notice-warning">
          {w}
        </p>
      ))}
      <section aria-label="Mentions, last 7 days">
        <ul className="tiles">
          {SITES.map((site) => (
            <li key={site} className="tile">
              <span className="tile-label">{SITE_LABELS[site]} mentions</span>
              <span className="tile-value">{counts ? counts.bySite[site] : '…'}</span>
            </li>
          ))}
          <li className="tile">
            <span className="tile-label">Competitor mentions</span>
            <span className="tile-value">{counts ? counts.competitor : '…'}</span>
          </li>
        </ul>
      </section>
      <button type="button" className="button" onClick={() => void browser.runtime.openOptionsPage()}>
        Open settings
      </button>
    </main>
  );
}
