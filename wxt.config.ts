import { defineConfig } from 'wxt';

// Host permissions are the three sites only: Earshot reads the page the user is
// looking at and never talks to any server of its own.
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Earshot',
    description:
      'Hear your brand on X, LinkedIn and Facebook, answer in one click, and track issues until resolved. Everything stays in your browser.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: SITE_MATCHES,
    action: { default_title: 'Earshot scorecard' },
    // Rebindable at chrome://extensions/shortcuts (Firefox: about:addons → Manage shortcuts).
    commands: {
      'open-template-picker': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the reply template picker in the focused reply box',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'earshot@earshot.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
