import type { SiteAdapter } from '../types';
// Placeholder until the Facebook adapter lands (being written in parallel).
export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  matchesHost: (h) => /(^|\.)facebook\.com$/.test(h),
  findPostElements: () => [],
  readPost: () => null,
  readCurrentUser: () => null,
  expectsPosts: () => false,
};
