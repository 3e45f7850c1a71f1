import { storage } from 'wxt/utils/storage';
import type { SiteHealthReport } from '../messaging/protocol';
import { SITE_LABELS, type Site } from '../model/types';

/** The latest health report per site, so the popup can say "LinkedIn: page layout not recognised". */
export type SiteHealthMap = Partial<Record<Site, SiteHealthReport>>;

export const siteHealthItem = storage.defineItem<SiteHealthMap>('local:siteHealth', { fallback: {} });

/** Keeps only the latest report per site (a later page visit supersedes an earlier one). */
export async function saveSiteHealth(report: SiteHealthReport): Promise<void> {
  const current = (await siteHealthItem.getValue()) ?? {};
  await siteHealthItem.setValue({ ...current, [report.site]: report });
}

export async function readSiteHealth(): Promise<SiteHealthMap> {
  return (await siteHealthItem.getValue()) ?? {};
}

/** A user-facing sentence for a failing report; null when the adapter read the page fine. */
export function describeSiteHealth(report: SiteHealthReport): string | null {
  if (report.ok) return null;
  return `${SITE_LABELS[report.site]}: page layout not recognised`;
}
