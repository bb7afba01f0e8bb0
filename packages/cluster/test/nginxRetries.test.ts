import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startNginx, type NginxServer } from '@bfp/services/nginx';
import { testPort } from '@bfp/services/test-ports';
import { renderCmsProxyConfig, RETRIED_POST_PATH } from '../src/nginxConfig.ts';

/**
 * Which requests the real nginx, with the config the cluster runs, sends again to the other instance when the first
 * one dies under a request. Two instances stand in for the CMS here so that each attempt reaching an instance can be
 * counted; the drills (drills.test.ts) run the real CMS behind the same config and check enquiries are stored once.
 */
const PORTS = { nginx: testPort(8190), instances: [testPort(3221), testPort(3222)] };

interface Arrival {
  instance: number;
  method: string;
  path: string;
}
const arrivals: Arrival[] = [];
/** A request's first attempt, wherever it lands, dies mid-request: the instance reads it, then drops the connection. */
const failedOnce = new Set<string>();
let instances: http.Server[] = [];
let nginx: NginxServer;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-nginx-retries-'));
  instances = await Promise.all(
    PORTS.instances.map(
      (port, instance) =>
        new Promise<http.Server>((resolve) => {
          const server = http.createServer((req, res) => {
            req.resume();
            req.on('end', () => {
              arrivals.push({ instance, method: req.method!, path: req.url! });
              const key = `${req.method} ${req.url} ${req.headers['x-test-request']}`;
              if (!failedOnce.has(key)) {
                failedOnce.add(key);
                // As an instance killed mid-request looks to nginx: the connection closes with no answer.
                req.socket.destroy();
                return;
              }
              res
                .writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json' })
                .end(JSON.stringify({ instance }));
            });
          });
          server.listen(port, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  nginx = await startNginx({ dir, config: config() });
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(instances.map((server) => new Promise((resolve) => server.close(resolve))));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const config = () =>
  renderCmsProxyConfig({
    listen: `127.0.0.1:${PORTS.nginx}`,
    instances: PORTS.instances.map((port) => `127.0.0.1:${port}`),
  });

beforeEach(async () => {
  arrivals.length = 0;
  // An instance that failed is left out for fail_timeout: new workers start with both instances in the balance.
  await nginx.reload(config());
});

let requestNumber = 0;
async function send(method: string, pathname: string): Promise<{ status: number; attempts: Arrival[] }> {
  const id = `r${++requestNumber}`;
  const response = await fetch(`http://127.0.0.1:${PORTS.nginx}${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-Test-Request': id },
    body: method === 'GET' ? undefined : JSON.stringify({ id }),
  });
  await response.arrayBuffer();
  return { status: response.status, attempts: [...arrivals] };
}

it.each([
  ['an upload', 'POST', '/api/media'],
  ['a save', 'PATCH', '/api/partners/1'],
  ['an erasure', 'POST', '/api/enquiries/12/erase'],
])('does not replay %s on the other instance when the first dies mid-request', async (_what, method, pathname) => {
  const { status, attempts } = await send(method, pathname);
  expect(attempts).toHaveLength(1);
  expect(status).toBe(502);
});

it('sends an enquiry again to the other instance, which answers it (its Idempotency-Key makes the retry safe)', async () => {
  const { status, attempts } = await send('POST', RETRIED_POST_PATH);
  expect(status).toBe(201);
  expect(attempts).toHaveLength(2);
  expect(new Set(attempts.map((attempt) => attempt.instance)).size).toBe(2);
});

// nginx's own rule: GET, HEAD, PUT, DELETE, OPTIONS and TRACE mean the same done twice (a second DELETE finds nothing).
it.each(['GET', 'DELETE'])(
  'sends a %s again to the other instance, as nginx does for idempotent methods',
  async (method) => {
    const { status, attempts } = await send(method, '/api/pages/1');
    expect(status).toBe(200);
    expect(attempts).toHaveLength(2);
  },
);

it('retries only the enquiry endpoint itself, not a path that merely starts with it', async () => {
  const { status, attempts } = await send('POST', `${RETRIED_POST_PATH}-other`);
  expect(attempts).toHaveLength(1);
  expect(status).toBe(502);
});
