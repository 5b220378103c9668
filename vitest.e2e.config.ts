import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium and Firefox with the built extension (npm run build first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
