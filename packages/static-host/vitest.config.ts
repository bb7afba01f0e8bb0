import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nginx tests use ports 18481–18489 only; the Node server takes an ephemeral port.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
