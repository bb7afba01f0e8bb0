import os from 'node:os';
import { defineConfig } from 'vitest/config';

// The suite is batch work that keeps both cores busy. Run beside it (CI's first group, .ci/test-all.mjs), the CMS build
// and the local stack's browser tests are the path the whole run waits on; at a lower priority this suite takes the CPU
// they leave (its workers inherit the priority). Measured in CI: at +10 the build fell from 203 s to 73 s, but this
// suite became the group's longest; at +3, the first group took 724 s beside a 90 s build and a 526 s stack suite.
os.setPriority(Math.min(19, os.getPriority() + 3));

const integration = 'test/int/**/*.test.ts';

export default defineConfig({
  test: {
    // Each file boots its own Payload on its own database, in its own process.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two at a time, across all projects: on two cores a third Payload booting only slows the others down, while a
    // second one uses the time the first spends waiting (on PostgreSQL, a child process, a test's timer), and in CI
    // the time the launchers' suites beside this one spend waiting on browsers and site builds.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // The embedded default (`npm start`): a temporary SQLite file per test file.
      { extends: true, test: { name: 'sqlite', include: [integration] } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [integration],
          exclude: [
            // Reads the environment only; no database is involved, so one run (in `sqlite`) says all it can.
            'test/int/env.test.ts',
            // Points DATABASE_URL at MongoDB itself; the PostgreSQL cluster has nothing to add to it.
            'test/int/mongodb.test.ts',
          ],
          // One throw-away cluster for the project; startTestPayload creates a database per test file on it.
          globalSetup: ['test/setup/postgresCluster.ts'],
        },
      },
    ],
  },
});
