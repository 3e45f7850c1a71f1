import type { Site } from './types';

/**
 * Where each site's content script runs: the manifest's `matches` and host
 * permissions (wxt.config.ts SITE_MATCHES and the entrypoints read this table),
 * and what the background accepts a site's messages from. Plain data, no DOM:
 * the background imports it without pulling in the adapters.
 */
export const SITE_MATCHES_BY_SITE = {
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  linkedin: ['https://www.linkedin.com/*'],
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
} as const satisfies Record<Site, readonly string[]>;

/** "https://x.com/*" → "https://x.com" (the table holds only scheme://host/* patterns). */
const ORIGINS = new Map<string, Site>(
  (Object.entries(SITE_MATCHES_BY_SITE) as [Site, readonly string[]][]).flatMap(([site, patterns]) =>
    patterns.map((pattern) => [pattern.replace(/\/\*$/, ''), site] as [string, Site]),
  ),
);

/** The site whose content script may run on `url` (exact scheme and host, as the manifest matches), or null. */
export function siteOfUrl(url: string | undefined | null): Site | null {
  if (!url || !URL.canParse(url)) return null;
  const { protocol, hostname, port } = new URL(url);
  if (port !== '') return null; // match patterns without a port match only the default one
  return ORIGINS.get(`${protocol}//${hostname}`) ?? null;
}
