import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_GRANT_COOKIE, PREVIEW_HTTPS_HEADER, PREVIEW_SITE_HEADER } from '@bfp/static-host/preview-grants';
import { authHeaders, type TestPayload } from './testPayload.ts';
import { startPublishingTestPayload, type DeployHookReceiver } from './deployHookReceiver.ts';
import { DEMO_PASSWORD } from '../../src/seed/users.ts';
import { issuePreviewGrant, PREVIEW_GRANT_TTL_SECONDS } from '../../src/previewGrants/grant.ts';
import { runNextBuild } from '../../src/jobs/worker.ts';

/**
 * The CMS is the one verifier of preview grants: the static host relays `/__preview/grant` to `accept` and asks
 * `verify` before serving any file of a preview (packages/static-host runs the same behaviours against nginx and its
 * Node server). Here: what the two endpoints answer, and that the Preview button issues a grant for the site it built.
 */
let t: TestPayload;
let hooks: DeployHookReceiver;
let editorId: number | string;

beforeAll(async () => {
  ({ t, hooks } = await startPublishingTestPayload());
  editorId = (
    await t.payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@bfp.example' } },
      overrideAccess: true,
    })
  ).docs[0]!.id;
});
afterAll(async () => {
  await hooks?.stop();
  await t?.cleanup();
});

const grantFor = (site: string, options: { now?: number; secret?: string } = {}) =>
  issuePreviewGrant({ secret: options.secret ?? t.payload.config.secret, site, userId: editorId, now: options.now })
    .grant;

function accept({
  grant,
  next = '/stories/maliks-story/',
  site = 'dudley',
  https,
}: {
  grant: string;
  next?: string;
  site?: string | null;
  https?: boolean;
}) {
  const headers: Record<string, string> = site ? { [PREVIEW_SITE_HEADER]: site } : {};
  if (https !== undefined) headers[PREVIEW_HTTPS_HEADER] = String(https);
  return t.rest(`/api/preview-grants/accept?${new URLSearchParams({ grant, next })}`, { headers, redirect: 'manual' });
}

function verify({ cookie, site = 'dudley' }: { cookie?: string; site?: string | null }) {
  return t.rest('/api/preview-grants/verify', {
    headers: { ...(site ? { [PREVIEW_SITE_HEADER]: site } : {}), ...(cookie ? { Cookie: cookie } : {}) },
  });
}

const cookieOf = (grant: string) => `${PREVIEW_GRANT_COOKIE}=${grant}`;

/** The grant with one claim rewritten and the signature kept. */
function rewritten(grant: string, change: Record<string, unknown>): string {
  const [claims, signature] = grant.split('.');
  const changed = { ...JSON.parse(Buffer.from(claims!, 'base64url').toString('utf8')), ...change };
  return `${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
}

async function expectRefused(answer: Response) {
  expect(answer.status).toBe(401);
  expect(answer.headers.get('set-cookie')).toBeNull();
  expect(answer.headers.get('location')).toBeNull();
  expect(answer.headers.get('cache-control')).toBe('no-store');
  expect(await answer.text()).toContain('Preview</strong> button');
}

describe('accepting a preview grant', () => {
  it('answers a valid grant with 303 to next and the grant in an HttpOnly, SameSite=Lax cookie that expires with it', async () => {
    const grant = grantFor('dudley');
    const answer = await accept({ grant, next: '/stories/maliks-story/?utm=x' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/stories/maliks-story/?utm=x');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const cookie = answer.headers.get('set-cookie')!;
    const match =
      /^bfp_preview_grant=([^;]+); Path=\/; Max-Age=(\d+); Expires=([^;]+ GMT); HttpOnly; SameSite=Lax$/.exec(cookie);
    expect(match, cookie).not.toBeNull();
    expect(match![1]).toBe(grant);
    expect(Number(match![2])).toBeGreaterThan(PREVIEW_GRANT_TTL_SECONDS - 10);
    expect(Number(match![2])).toBeLessThanOrEqual(PREVIEW_GRANT_TTL_SECONDS);
    expect(Math.abs(Date.parse(match![3]!) - (Date.now() + PREVIEW_GRANT_TTL_SECONDS * 1000))).toBeLessThan(10_000);
  });

  it('marks the cookie Secure when the preview is served over https', async () => {
    const answer = await accept({ grant: grantFor('dudley'), https: true });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('set-cookie')).toMatch(/; Secure$/);
    expect((await accept({ grant: grantFor('dudley'), https: false })).headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('refuses an expired grant', async () => {
    await expectRefused(
      await accept({ grant: grantFor('dudley', { now: Date.now() - (PREVIEW_GRANT_TTL_SECONDS + 1) * 1000 }) }),
    );
  });

  it('refuses a tampered grant', async () => {
    const grant = grantFor('staffordshire');
    await expectRefused(await accept({ grant: rewritten(grant, { site: 'dudley' }) }));
    await expectRefused(
      await accept({
        grant: rewritten(grantFor('dudley'), { expiresAt: Math.floor(Date.now() / 1000) + 86_400 * 365 }),
      }),
    );
    const [claims, signature] = grantFor('dudley').split('.');
    const flipped = `${claims}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expectRefused(await accept({ grant: flipped }));
    await expectRefused(await accept({ grant: `${grantFor('dudley')}=` }));
    await expectRefused(
      await accept({ grant: grantFor('dudley', { secret: 'someone-elses-secret-of-at-least-32-chars' }) }),
    );
    await expectRefused(await accept({ grant: 'not-a-grant' }));
    await expectRefused(await accept({ grant: '' }));
  });

  it("refuses another site's grant", async () => {
    await expectRefused(await accept({ grant: grantFor('staffordshire'), site: 'dudley' }));
  });

  it.each([
    '//evil.example/',
    '/\\evil.example/',
    '/\t/evil.example/',
    // Each starts with one slash but resolves (dot segments removed, as a browser does) to //evil.example/.
    '/.//evil.example/',
    '/..//evil.example/',
    '/%2e//evil.example/',
    '/stories/..//..//evil.example/',
    'https://evil.example/',
    'http:/evil.example',
    'javascript:alert(1)',
    'evil.example',
    '',
  ])('refuses next=%j, setting no cookie', async (next) => {
    const answer = await accept({ grant: grantFor('dudley'), next });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('location')).toBeNull();
    expect(answer.headers.get('set-cookie')).toBeNull();
  });

  it('follows a next with dot segments only as the browser would resolve it, on the same site', async () => {
    const answer = await accept({ grant: grantFor('dudley'), next: '/stories/../check/' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/check/');
  });

  it.each(['/%2f/evil.example/', '/%5c/evil.example/', '/%2F%2Fevil.example/'])(
    'keeps an encoded slash in next=%j encoded, a path on the preview host',
    async (next) => {
      const answer = await accept({ grant: grantFor('dudley'), next });
      expect(answer.status).toBe(303);
      const location = answer.headers.get('location')!;
      expect(location).toBe(next);
      expect(new URL(location, 'https://dudley-preview.example/__preview/grant').host).toBe('dudley-preview.example');
    },
  );

  it('refuses when the static host did not name the site', async () => {
    expect((await accept({ grant: grantFor('dudley'), site: null })).status).toBe(400);
  });
});

describe('verifying a preview grant cookie', () => {
  it('answers 204 for a valid grant for the site, among other cookies', async () => {
    const answer = await verify({ cookie: `theme=dark; ${cookieOf(grantFor('dudley'))}; other=1` });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    ['no cookie', () => ({})],
    [
      'an expired grant',
      () => ({ cookie: cookieOf(grantFor('dudley', { now: Date.now() - (PREVIEW_GRANT_TTL_SECONDS + 1) * 1000 })) }),
    ],
    ['a tampered grant', () => ({ cookie: cookieOf(rewritten(grantFor('staffordshire'), { site: 'dudley' })) })],
    ["another site's grant", () => ({ cookie: cookieOf(grantFor('staffordshire')) })],
    ['no site named', () => ({ cookie: cookieOf(grantFor('dudley')), site: null })],
    ['a Payload session cookie instead', () => ({ cookie: `payload-token=${grantFor('dudley')}` })],
  ] as const)('answers 401 for %s', async (_name, request) => {
    const answer = await verify(request());
    expect(answer.status).toBe(401);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the Preview button', () => {
  it('sends an editor to the preview host with a grant for that site only, and refuses partner staff', async () => {
    const editor = await authHeaders(t.rest, 'editor@bfp.example', DEMO_PASSWORD);
    const { docs } = await t.payload.find({
      collection: 'stories',
      where: { slug: { equals: 'maliks-story' } },
      overrideAccess: true,
    });
    const story = docs[0]!;
    const staff = await t.rest(`/api/stories/preview?id=${story.id}&partner=dudley`, {
      headers: await authHeaders(t.rest, 'dudley@bfp.example', DEMO_PASSWORD),
    });
    expect(staff.status).toBe(403);

    const pressed = await t.rest(`/api/stories/preview?id=${story.id}&partner=dudley`, {
      headers: editor,
      redirect: 'manual',
    });
    expect(pressed.status).toBe(303);
    // The worker's part (its own build step, previews first); then the page that follows the job opens the preview.
    await runNextBuild(t.payload);
    const answer = await t.rest(`/api/stories/preview${pressed.headers.get('location')}`, {
      headers: editor,
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const location = new URL(answer.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe('http://preview-dudley.localhost:4999/__preview/grant');
    expect(location.searchParams.get('next')).toBe(`/stories/${story.slug}/`);
    expect(hooks.calls.map((call) => call.path)).toContain('/preview/dudley');

    const grant = location.searchParams.get('grant')!;
    expect((await verify({ cookie: cookieOf(grant) })).status).toBe(204);
    expect((await verify({ cookie: cookieOf(grant), site: 'staffordshire' })).status).toBe(401);
    const accepted = await accept({ grant, next: location.searchParams.get('next')! });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`/stories/${story.slug}/`);
  });
});
