import http from 'node:http';
import { startTestPayload, type TestPayload } from './testPayload.ts';
import { seed } from '../../src/seed/index.ts';

/** A loopback HTTP server standing in for a partner's production deploy hook: it records every call it gets. */
export async function startDeployHookReceiver() {
  const calls: Array<{ path: string; body: unknown }> = [];
  let failPaths = new Set<string>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls.push({ path: req.url ?? '', body: body ? JSON.parse(body) : null });
      res.writeHead(failPaths.has(req.url ?? '') ? 500 : 202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    calls,
    failOn: (paths: string[]) => {
      failPaths = new Set(paths);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type DeployHookReceiver = Awaited<ReturnType<typeof startDeployHookReceiver>>;

/**
 * A seeded Payload whose rebuilds run at once and publish through the stand-in publisher, which "deploys" each site
 * (and builds each preview) by calling the receiver (see recordingPublisher.ts).
 */
export async function startPublishingTestPayload(): Promise<{ t: TestPayload; hooks: DeployHookReceiver }> {
  process.env.REBUILD_DEBOUNCE_MS = '0';
  const t = await startTestPayload();
  const hooks = await startDeployHookReceiver();
  process.env.PUBLISH_HOOK_BASE = hooks.url('');
  await seed(t.payload, { demoUsers: true });
  return { t, hooks };
}

/**
 * Each seeded partner publishing through its own (production-style) deploy hook on the receiver, at /deploy/<slug>.
 * Returns the partners' ids by slug.
 */
export async function givePartnersDeployHooks(
  t: TestPayload,
  hooks: DeployHookReceiver,
): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const slug of ['staffordshire', 'dudley', 'big-fostering-partnership']) {
    const { docs } = await t.payload.find({ collection: 'partners', where: { slug: { equals: slug } } });
    ids[slug] = docs[0]!.id;
    await t.payload.update({
      collection: 'partners',
      id: docs[0]!.id,
      data: { deployHookUrl: hooks.url(`/deploy/${slug}`) },
      context: { disableRebuild: true },
    });
  }
  return ids;
}
