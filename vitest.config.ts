import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: pure logic and React pages in happy-dom, browser APIs
// from WXT's fakeBrowser, IndexedDB from fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'entrypoints/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    restoreMocks: true,
  },
});
