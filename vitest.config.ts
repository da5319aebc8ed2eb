import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // Integration tests start real learner processes; two cores do not like many at once.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
  resolve: {
    alias: { 'backend-sandbox/checks': new URL('./src-main/checks/tester-api.ts', import.meta.url).pathname },
  },
});
