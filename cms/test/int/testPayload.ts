import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload, SanitizedConfig } from 'payload';

export const SITES_ORIGIN_TEMPLATE = 'http://{slug}.localhost:4999';

export interface TestPayload {
  payload: Payload;
  config: SanitizedConfig;
  /** Calls the REST API exactly as Next's route handlers do (Payload's handleEndpoints), with a real Request. */
  rest: (pathname: string, init?: RequestInit) => Promise<Response>;
  cleanup: () => Promise<void>;
}

/**
 * A real Payload on a fresh temporary SQLite file (schema pushed, as in dev). Environment variables, including a
 * test's own `env` (a small rate limit, an SMTP port), are set before the config is imported, because the config
 * and the modules it loads read them at import time. Each test file runs in its own process, so they do not leak.
 */
export async function startTestPayload({ env = {} }: { env?: Record<string, string> } = {}): Promise<TestPayload> {
  Object.assign(process.env, env);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-cms-test-'));
  process.env.BFP_ENV = 'test';
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
  process.env.MEDIA_DIR = path.join(dir, 'media');
  process.env.MAIL_DIR ??= path.join(dir, 'mail');
  process.env.LOCAL_SITES_ORIGIN = SITES_ORIGIN_TEMPLATE;
  process.env.CMS_URL = 'http://localhost:3999';
  const { getPayload, handleEndpoints } = await import('payload');
  const { default: configPromise } = await import('../../src/payload.config.ts');
  const config = await configPromise;
  const payload = await getPayload({ config });
  return {
    payload,
    config,
    rest: (pathname, init) => handleEndpoints({ config, request: new Request(`http://localhost:3999${pathname}`, init) }),
    cleanup: async () => {
      await payload.destroy();
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
