import type { SiteAdapter } from '../types';
// Placeholder until the LinkedIn adapter lands (being written in parallel).
export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  matchesHost: (h) => /(^|\.)linkedin\.com$/.test(h),
  findPostElements: () => [],
  readPost: () => null,
  readCurrentUser: () => null,
  expectsPosts: () => false,
};
