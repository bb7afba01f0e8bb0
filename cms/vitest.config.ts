import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/int/**/*.test.ts'],
    // Each file boots its own Payload on its own temporary SQLite file.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: booting several Payloads at once only makes each slower.
    maxWorkers: 1,
  },
});
