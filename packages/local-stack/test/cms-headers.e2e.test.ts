import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testPort } from '@bfp/services/test-ports';
import { loginToken } from './helpers.ts';
import { startCms, type RunningCms } from '../src/cms.ts';

const cmsUrl = inject('cmsUrl');

const SECURITY_HEADERS = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

function expectSecurityHeaders(response: Response, where: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${where}`).toBe(value);
  expect(response.headers.get('x-powered-by'), `x-powered-by on ${where}`).toBeNull();
}

describe('the built CMS, as npm start serves it', () => {
  let token: string;
  beforeAll(async () => {
    token = await loginToken(cmsUrl, 'admin@bfp.example');
  });
  const auth = () => ({ Authorization: `JWT ${token}` });

  it('sends its security headers on the admin, the API and uploaded files, and never names its software', async () => {
    expectSecurityHeaders(await fetch(`${cmsUrl}/admin/login`), '/admin/login');
    expectSecurityHeaders(await fetch(`${cmsUrl}/api/partners?limit=1`), '/api/partners');
    const { docs } = (await (await fetch(`${cmsUrl}/api/media?limit=1`)).json()) as { docs: Array<{ url: string }> };
    expectSecurityHeaders(await fetch(new URL(docs[0]!.url, cmsUrl)), 'a media file');
    // Over http://localhost HSTS would be ignored, and must never stick to a developer's machine.
    expect((await fetch(`${cmsUrl}/admin/login`)).headers.get('strict-transport-security')).toBeNull();
  });

  it('marks every response that holds personal data no-store', async () => {
    const responses: Array<[string, Response]> = [
      ['enquiries list', await fetch(`${cmsUrl}/api/enquiries?limit=1`, { headers: auth() })],
      ['enquiries CSV', await fetch(`${cmsUrl}/api/enquiries/export.csv`, { headers: auth() })],
      ['who am I', await fetch(`${cmsUrl}/api/users/me`, { headers: auth() })],
      ['users list', await fetch(`${cmsUrl}/api/users`, { headers: auth() })],
      ['data-protection log', await fetch(`${cmsUrl}/api/data-protection-log`, { headers: auth() })],
      [
        'GraphQL',
        await fetch(`${cmsUrl}/api/graphql`, {
          method: 'POST',
          headers: { ...auth(), 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: '{ Enquiries(limit: 1) { docs { reference } } }' }),
        }),
      ],
      [
        'a sign-in',
        await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@bfp.example', password: 'wrong' }) }),
      ],
      ['the admin', await fetch(`${cmsUrl}/admin/collections/enquiries`, { headers: auth() })],
      ['an enquiry post', await fetch(`${cmsUrl}/api/enquiries/submit`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })],
    ];
    for (const [what, response] of responses) {
      expect(response.status, what).toBeLessThan(500);
      expect(response.headers.get('cache-control') ?? '', what).toContain('no-store');
    }
  });

  it('sets the login cookie HttpOnly and SameSite=Lax, without Secure over http://localhost', async () => {
    const response = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@bfp.example', password: (await import('@bfp/cms/demo-users')).DEMO_PASSWORD }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/payload-token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});

describe('the built CMS in production', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-cms-production-'));
  let cms: RunningCms;
  beforeAll(async () => {
    cms = await startCms({
      port: testPort(3170),
      localSitesOrigin: 'http://{slug}.localhost:4999',
      worker: false,
      env: {
        BFP_ENV: 'production',
        PAYLOAD_SECRET: 'a-production-secret-for-this-test-only-0123456789',
        // Never contacted: nothing is sent without the worker.
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '9',
        DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
      },
      log: () => {},
    });
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('adds HSTS to the security headers', async () => {
    const response = await fetch(`${cms.url}/admin/login`);
    expectSecurityHeaders(response, 'production /admin/login');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
  });

  it('sets the login cookie Secure', async () => {
    // Production seeds no demo accounts: the first admin registers, and is signed in by the answer.
    const response = await fetch(`${cms.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'first.admin@council.example', password: 'a-long-first-password-1', role: 'admin' }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/payload-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });
});
