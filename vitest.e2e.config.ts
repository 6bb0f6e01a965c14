import { defineConfig } from 'vitest/config';

/**
 * The browser tests (test/e2e): the built app served once by globalSetup, driven through the machine's
 * Chromium by playwright-core. Files run one after another in one worker; each launches one browser.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // Tests that compute expected figures with the engine may meet formulas.
    setupFiles: ['test/formula-parser.setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
    // A busy 2-core machine can take a few seconds to redraw every chart.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
