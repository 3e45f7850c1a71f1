import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in real Chromium.
// One browser per file; files run one at a time so a 2-core CI machine is not oversubscribed.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    retry: process.env.CI ? 1 : 0,
  },
});
