import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testPort } from '@bfp/services/test-ports';
import { launchBrowser, loginToken } from './helpers.ts';
import { startCms, type RunningCms } from '../src/cms.ts';
import { repoRoot } from '../src/repo.ts';

const cmsUrl = inject('cmsUrl');

const SECURITY_HEADERS = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

function expectSecurityHeaders(response: Response, where: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(response.headers.get(name), `${name} on ${where}`).toBe(value);
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
        await fetch(`${cmsUrl}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'admin@bfp.example', password: 'wrong' }),
        }),
      ],
      ['the admin', await fetch(`${cmsUrl}/admin/collections/enquiries`, { headers: auth() })],
      [
        'an enquiry post',
        await fetch(`${cmsUrl}/api/enquiries/submit`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        }),
      ],
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
      body: JSON.stringify({
        email: 'editor@bfp.example',
        password: (await import('@bfp/cms/demo-users')).DEMO_PASSWORD,
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/payload-token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});

/** Whether a TCP connection to host:port is accepted, refused, or neither within two seconds. */
function connect(host: string, port: number): Promise<'accepted' | 'refused' | 'no answer'> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve('accepted')));
    socket.once('timeout', () => (socket.destroy(), resolve('no answer')));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? 'refused' : 'no answer'),
    );
  });
}

describe('who can reach the CMS npm start serves', () => {
  it('this machine can, on 127.0.0.1; nobody else can, on any other address of the machine', async (context) => {
    const port = Number(new URL(cmsUrl).port);
    expect(await connect('127.0.0.1', port)).toBe('accepted');
    const others = Object.entries(os.networkInterfaces()).flatMap(([name, addresses]) =>
      (addresses ?? [])
        .filter((address) => !address.internal)
        .map((address) =>
          address.family === 'IPv6' && address.scopeid ? `${address.address}%${name}` : address.address,
        ),
    );
    if (!others.length)
      context.skip('this machine has no network address but loopback, so there is no other address to try');
    for (const address of others)
      expect(await connect(address, port), `port ${port} on ${address}`).not.toBe('accepted');
  });
});

describe('the built CMS in production', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-cms-production-'));
  const productionEnv = {
    BFP_ENV: 'production',
    PAYLOAD_SECRET: 'a-production-secret-for-this-test-only-0123456789',
    // Never contacted: nothing is sent without the worker.
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: '9',
    DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
  };
  let cms: RunningCms;
  beforeAll(async () => {
    cms = await startCms({
      port: testPort(3170),
      localSitesOrigin: 'http://{slug}.localhost:4999',
      worker: false,
      env: productionEnv,
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

  it('refuses first-register to whoever finds the empty database first, creating nobody', async () => {
    const response = await fetch(`${cms.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'attacker@evil.example', password: 'a-long-attacker-password-1', role: 'admin' }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
    // The message survives the production build (an APIError's would not).
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain(
      'npm run create-admin',
    );
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'attacker@evil.example', password: 'a-long-attacker-password-1' }),
    });
    expect(login.status).toBe(401);
  });

  it("shows no 'create first user' form: the admin says to run the operator command", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${cms.url}/admin`);
      // Payload sends every admin address of an empty database here; in production the page holds no form.
      await page.waitForURL(/\/admin\/create-first-user$/);
      await page.getByRole('heading', { name: 'This CMS has no users yet' }).waitFor();
      expect(await page.locator('main, body').first().innerText()).toContain('npm run create-admin');
      expect(await page.locator('input[type="password"], form').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it('signs in the admin the operator command created, with the login cookie Secure', async () => {
    // As the operator runs it on the server: the same environment as the CMS, the password piped in.
    const result = spawnSync(
      process.execPath,
      [process.env.npm_execpath!, 'run', '--silent', 'create-admin', '--', '--email', 'first.admin@council.example'],
      {
        cwd: path.join(repoRoot, 'cms'),
        env: { ...process.env, ...productionEnv, CMS_URL: cms.url },
        input: 'correct horse battery staple\n',
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(0);
    // The Payload CLI has been seen to exit 0 having done nothing: the command's own report is the proof.
    expect(result.stdout).toMatch(/Created admin first\.admin@council\.example/);

    const response = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'first.admin@council.example', password: 'correct horse battery staple' }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/payload-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  }, 120_000);
});
