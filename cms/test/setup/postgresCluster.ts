import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPostgres } from '@bfp/services/postgres';
import { testPort } from '@bfp/services/test-ports';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `postgres` project's throw-away cluster (its `postgres` database); each test file creates its own database on it. */
    postgresServerUrl: string;
  }
}

// Its own port, so a developer's PostgreSQL on 5432 (or `npm run cluster`'s) is never touched.
const PORT = testPort(54335);

/** One PostgreSQL cluster for the whole `postgres` project: starting one takes ~1 s, a database on it ~0.1 s. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-cms-postgres-'));
  // As root the server runs as `postgres`, which must be able to enter the folder mkdtemp made root-only.
  fs.chmodSync(dir, 0o755);
  const cluster = await startPostgres({ dir: path.join(dir, 'data'), port: PORT });
  project.provide('postgresServerUrl', cluster.url());
  return async () => {
    await cluster.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
