import type { SiteAdapter } from '../types';
// Placeholder until the X adapter lands (being written in parallel).
export const xAdapter: SiteAdapter = {
  site: 'x',
  matchesHost: (h) => /(^|\.)(x|twitter)\.com$/.test(h),
  findPostElements: () => [],
  readPost: () => null,
  readCurrentUser: () => null,
  expectsPosts: () => false,
};
