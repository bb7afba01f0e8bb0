import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyDeployHook } from '../../src/jobs/rebuildSites/notifyDeployHook.ts';
import { startDeployHookReceiver } from '../int/deployHookReceiver.ts';

// A partner row saved before the CMS checked its deploy hook URL may hold anything: the worker checks again.
let hooks: Awaited<ReturnType<typeof startDeployHookReceiver>>;
beforeAll(async () => {
  hooks = await startDeployHookReceiver();
});
afterAll(() => hooks.stop());

describe('notifyDeployHook', () => {
  it.each([
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('calls no %j URL and says why', async (url) => {
    const error = await notifyDeployHook({ url, slug: 'dudley', allowLocalhost: true });
    expect(error).toMatch(
      /^the deploy hook was not called: its URL must start with https:\/\/ — "(javascript|data|vbscript|file):…" is not allowed$/,
    );
  });

  it('calls a localhost hook only outside production', async () => {
    const url = hooks.url('/deploy/dudley');
    expect(await notifyDeployHook({ url, slug: 'dudley', allowLocalhost: false })).toBe(
      'the deploy hook was not called: its URL must start with https:// — "http://" is not secure',
    );
    expect(hooks.calls).toEqual([]);
    expect(
      await notifyDeployHook({ url, slug: 'dudley', siteUrl: 'http://dudley.localhost:4321/', allowLocalhost: true }),
    ).toBeNull();
    expect(hooks.calls).toEqual([
      { path: '/deploy/dudley', body: { partner: 'dudley', event: 'deployed', url: 'http://dudley.localhost:4321/' } },
    ]);
  });
});
