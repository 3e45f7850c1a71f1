import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { SITE_MATCHES_BY_SITE } from './lib/model/site-hosts';

// One id per build (lib/model/build-id.ts): a cached popup copy made by another build is never painted.
const BUILD_ID = `${(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version}+${Date.now().toString(36)}`;

// Host permissions are the three sites only: Earshot reads the page the user is
// looking at and never talks to any server of its own. One table (lib/model/site-hosts.ts)
// gives these, each content script's `matches`, and the hosts the background accepts
// a site's messages from.
export const SITE_MATCHES: string[] = Object.values(SITE_MATCHES_BY_SITE).flat();

export default defineConfig({
  // EARSHOT_OUT_DIR builds elsewhere (parallel work, benches on a fixed copy); EARSHOT_NO_MINIFY=1
  // keeps function names readable for bench/profile-feed.ts.
  ...(process.env.EARSHOT_OUT_DIR ? { outDir: process.env.EARSHOT_OUT_DIR } : {}),
  vite: () => ({
    define: { __EARSHOT_BUILD__: JSON.stringify(BUILD_ID) },
    ...(process.env.EARSHOT_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Earshot',
    description:
      'Hear your brand on X, LinkedIn and Facebook, answer in one click, and track issues until resolved. Everything stays in your browser.',
    // alarms: the SLA badge colour must turn on time even while the service worker sleeps;
    // the daily retention run and the 15-minute spike check are alarms too.
    // notifications: one system notification when negative mentions start to spike (docs/permissions.md).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
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
          // 140 (the current ESR) is the first Firefox with the CSS Custom Highlight API (how we
          // mark mentions) and with data_collection_permissions (AMO's consent key: we collect
          // nothing); Firefox for Android reads that key from 142. docs/firefox.md.
          browser_specific_settings: {
            gecko: {
              id: 'earshot@earshot.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
