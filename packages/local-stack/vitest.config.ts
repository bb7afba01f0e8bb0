import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One CMS and one set of built sites serve every test file (started in globalSetup, stopped after).
    globalSetup: ['test/setup/stack.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
