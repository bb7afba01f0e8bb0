import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As root on a machine that lacks a program, the check installs it with apt-get, which takes a while.
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
