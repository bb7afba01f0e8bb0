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
