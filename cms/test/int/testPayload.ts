import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload, SanitizedConfig } from 'payload';
import { inject } from 'vitest';
import type { SQL } from '@payloadcms/db-sqlite/drizzle';
import { createDatabase, dropDatabase } from '@bfp/services/postgres';
import { database, sqlDatabase } from '../../src/database.ts';

export interface GraphqlResult {
  status: number;
  body: GraphQLBody;
  data: Record<string, unknown> | null;
  errors: NonNullable<GraphQLBody['errors']>;
}

export const SITES_ORIGIN_TEMPLATE = 'http://{slug}.localhost:4999';

export interface TestPayload {
  payload: Payload;
  config: SanitizedConfig;
  /** Calls the REST API exactly as Next's route handlers do (Payload's handleEndpoints), with a real Request. */
  rest: (pathname: string, init?: RequestInit) => Promise<Response>;
  /**
   * Calls the GraphQL API exactly as Next's route handler does (@payloadcms/next's GRAPHQL_POST), with a real Request.
   * An operation's errors come back with HTTP 200 (graphql-http); Payload puts the error's own status in
   * `errors[].extensions.statusCode`.
   */
  graphql: (
    query: string,
    options?: { headers?: HeadersInit; variables?: Record<string, unknown> },
  ) => Promise<GraphqlResult>;
  cleanup: () => Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { statusCode?: number; name?: string; data?: unknown };
  }>;
}

/**
 * The `sqlite` project gets a file in the test's folder; the `postgres` project a new database on the cluster its
 * global setup started (test/setup/postgresCluster.ts), named at random so no file sees another's rows.
 */
async function testDatabase(
  dir: string,
): Promise<{ adapter: string; url: string; drop: (payload: Payload) => Promise<void> }> {
  const serverUrl = inject('postgresServerUrl');
  if (!serverUrl) return { adapter: 'sqlite', url: `file:${path.join(dir, 'test.db')}`, drop: async () => {} };
  const name = `bfp_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const url = await createDatabase({ serverUrl, name });
  return {
    adapter: 'postgres',
    url,
    drop: async (payload) => {
      // payload.destroy() leaves db-postgres's pool open (3.90.1), and dropping the database under its idle
      // connections makes the pool emit errors nobody listens for. Not awaited: the adapter keeps one connection
      // checked out for good, so end() would wait forever; DROP … WITH (FORCE) ends that one.
      const db = database(payload);
      if (db.name === 'postgres') void db.pool.end();
      await dropDatabase({ serverUrl, name });
    },
  };
}

/**
 * A real Payload on a fresh database (a temporary SQLite file, or a PostgreSQL database in the `postgres` project),
 * schema pushed, as in dev. Environment variables, including a test's own `env` (a small rate limit, an SMTP port),
 * are set before the config is imported, because the config and the modules it loads read them at import time.
 * Each test file runs in its own process, so they do not leak.
 */
export async function startTestPayload({
  env = {},
  migrated = false,
  production = false,
}: {
  env?: Record<string, string>;
  migrated?: boolean;
  /** BFP_ENV=production, with the secrets it requires; implies `migrated` (production never pushes schema). */
  production?: boolean;
} = {}): Promise<TestPayload> {
  if (production)
    Object.assign(process.env, {
      PAYLOAD_SECRET: 'a-production-secret-for-tests-only-0123456789',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '9',
    });
  Object.assign(process.env, env);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-cms-test-'));
  // `migrated`: no schema is pushed; the test applies the committed migrations itself, as production does.
  process.env.BFP_ENV = production ? 'production' : migrated ? 'local' : 'test';
  const database = await testDatabase(dir);
  process.env.DATABASE_URL = database.url;
  process.env.MEDIA_DIR = path.join(dir, 'media');
  process.env.MAIL_DIR ??= path.join(dir, 'mail');
  process.env.LOCAL_SITES_ORIGIN = SITES_ORIGIN_TEMPLATE;
  process.env.CMS_URL = 'http://localhost:3999';
  process.env.SITE_PUBLISHER ??= path.join(import.meta.dirname, 'recordingPublisher.ts');
  const { getPayload, handleEndpoints } = await import('payload');
  const { default: configPromise } = await import('../../src/payload.config.ts');
  const config = await configPromise;
  const payload = await getPayload({ config });
  // Both projects passing means little if one of them quietly ran on the other's database.
  if (payload.db.name !== database.adapter)
    throw new Error(`startTestPayload: expected the ${database.adapter} adapter, Payload chose ${payload.db.name}`);
  return {
    payload,
    config,
    rest: (pathname, init) =>
      handleEndpoints({ config, request: new Request(`http://localhost:3999${pathname}`, init) }),
    graphql: async (query, { headers, variables } = {}) => {
      // Imported on first use: loading Next's route handlers costs about 2 s of CPU, and most files never call GraphQL.
      const { GRAPHQL_POST } = await import('@payloadcms/next/routes');
      const requestHeaders = new Headers(headers);
      requestHeaders.set('Content-Type', 'application/json');
      const response = await GRAPHQL_POST(config)(
        new Request('http://localhost:3999/api/graphql', {
          method: 'POST',
          headers: requestHeaders,
          body: JSON.stringify({ query, variables }),
        }),
      );
      const body = (await response.json()) as GraphQLBody;
      return { status: response.status, body, data: body.data ?? null, errors: body.errors ?? [] };
    },
    cleanup: async () => {
      await payload.destroy();
      await database.drop(payload);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Logs a user in over REST and returns headers that authenticate as them. */
export async function authHeaders(rest: TestPayload['rest'], email: string, password: string): Promise<Headers> {
  const response = await rest('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return new Headers({ Authorization: `JWT ${token}` });
}

/** Runs one SQL statement on the test's database, SQLite or PostgreSQL: rows as an older version of the CMS left them. */
export async function runSql(payload: Payload, query: SQL): Promise<void> {
  const db = sqlDatabase(payload)!;
  if (db.name === 'postgres') await db.drizzle.execute(query);
  else await db.drizzle.run(query);
}

/** The rows one SQL query returns, on SQLite or PostgreSQL. */
export async function selectSql<T>(payload: Payload, query: SQL): Promise<T[]> {
  const db = sqlDatabase(payload)!;
  return (db.name === 'postgres' ? (await db.drizzle.execute(query)).rows : await db.drizzle.all(query)) as T[];
}

interface Migration {
  name: string;
  down: (args: never) => Promise<void>;
}

/**
 * A database as the release before `all[at]` left it: written by today's Payload (which only knows today's tables),
 * then every migration from the newest back to `all[at]` undone, newest first, as `payload migrate:down` would, and
 * forgotten, so the next `migrate` runs them again over the rows the older release had.
 */
export async function migrateDownTo(payload: Payload, all: readonly Migration[], at: number): Promise<void> {
  const { sql } = await import('@payloadcms/db-sqlite/drizzle');
  const db = sqlDatabase(payload)!.drizzle;
  for (const migration of all.slice(at).reverse()) {
    await migration.down({ db, payload, req: {} } as never);
    await runSql(payload, sql`DELETE FROM payload_migrations WHERE name = ${migration.name}`);
  }
}
