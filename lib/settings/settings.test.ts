import type { SiteHealthReport } from '../messaging/protocol';
import { getProfile, profileItem, saveProfile } from './profile';
import { describeSiteHealth, readSiteHealth, saveSiteHealth } from './site-health';
import { publishWatchlist, readWatchlist, watchWatchlist } from './watchlist-mirror';

describe('profile', () => {
  it('starts empty and not onboarded, and merges patches', async () => {
    expect(await getProfile()).toEqual({ brandName: '', handle: '', myName: '', onboarded: false });
    await saveProfile({ brandName: 'Northwind', handle: '@northwind' });
    const saved = await saveProfile({ myName: 'Cat', brandName: undefined });
    expect(saved).toEqual({ brandName: 'Northwind', handle: '@northwind', myName: 'Cat', onboarded: false });
    expect(await profileItem.getValue()).toEqual(saved);
  });
});

describe('watchlist mirror', () => {
  it('publishes, reads and notifies watchers', async () => {
    const seen: string[][] = [];
    const stop = watchWatchlist((terms) => seen.push(terms.map((t) => t.text)));
    await publishWatchlist([{ id: '1', text: 'Acme', kind: 'brand', exclude: [] }]);
    expect((await readWatchlist())[0]?.text).toBe('Acme');
    await vi.waitFor(() => expect(seen).toEqual([['Acme']]));
    stop();
    await publishWatchlist([]);
    expect(await readWatchlist()).toEqual([]);
    expect(seen).toHaveLength(1);
  });
});

describe('site health', () => {
  const report = (site: SiteHealthReport['site'], ok: boolean): SiteHealthReport => ({
    site, ok, url: 'https://example.test/', postsFound: ok ? 3 : 0, at: '2025-01-01T00:00:00.000Z',
  });

  it('keeps the latest report per site', async () => {
    await saveSiteHealth(report('linkedin', false));
    await saveSiteHealth(report('x', true));
    await saveSiteHealth(report('linkedin', true));
    const all = await readSiteHealth();
    expect(all.linkedin?.ok).toBe(true);
    expect(all.x?.ok).toBe(true);
  });

  it('describes failures with the site name and is silent when fine', () => {
    expect(describeSiteHealth(report('linkedin', false))).toBe('LinkedIn: page layout not recognised');
    expect(describeSiteHealth(report('x', false))).toBe('X: page layout not recognised');
    expect(describeSiteHealth(report('facebook', true))).toBeNull();
  });
});
