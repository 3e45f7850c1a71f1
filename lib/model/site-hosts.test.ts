import { facebookAdapter } from '../sites/facebook/adapter';
import { linkedinAdapter } from '../sites/linkedin/adapter';
import { xAdapter } from '../sites/x/adapter';
import { SITE_MATCHES_BY_SITE, siteOfUrl } from './site-hosts';
import { SITES, type Site } from './types';

const ADAPTERS = { x: xAdapter, linkedin: linkedinAdapter, facebook: facebookAdapter };

describe('SITE_MATCHES_BY_SITE', () => {
  it('covers every site with https host patterns only', () => {
    expect(Object.keys(SITE_MATCHES_BY_SITE).sort()).toEqual([...SITES].sort());
    for (const pattern of Object.values(SITE_MATCHES_BY_SITE).flat()) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  // The background (which must not import the adapters' DOM code) and the adapters agree on hosts.
  it.each(SITES)("every %s host is one the site's adapter handles, and no other adapter does", (site) => {
    for (const pattern of SITE_MATCHES_BY_SITE[site]) {
      const host = new URL(pattern.replace('/*', '/')).hostname;
      for (const other of SITES) expect(ADAPTERS[other].matchesHost(host)).toBe(other === site);
    }
  });
});

describe('siteOfUrl', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://X.COM/home', 'x'],
    ['https://twitter.com/a/status/1', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://web.facebook.com/', 'facebook'],
    ['https://linkedin.com/feed/', null],
    ['https://x.com.evil.example/', null],
    ['http://x.com/', null],
    ['https://x.com:444/', null],
    ['wss://x.com/', null],
    ['', null],
    [undefined, null],
  ] as [string | undefined, Site | null][])('%s → %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
  });
});
