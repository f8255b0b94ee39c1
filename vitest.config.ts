import { defineConfig } from 'vitest/config';

// Several suites start processes, builds or a browser: on a loaded 2-core machine a test can
// take far longer than vitest's 5 s default without anything being wrong.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
