import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rebuilds dist/ (the bundles) once before the tests: see test/global-setup.ts.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two cores here and in CI: RTL builds are heavy, so keep workers bounded.
    maxWorkers: 2,
  },
});
