import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file uses its own ports (PostgreSQL 54330–54334, nginx 18090–18099, SMTP ephemeral), so files may overlap.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
