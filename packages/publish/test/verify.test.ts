import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlPathOf, verifyDeploy } from '../src/verify.ts';

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
const served: Record<string, string> = { '/': 'home v2', '/stories/a/': 'story a v2' };
let server: http.Server;
let port: number;
const hosts: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hosts.push(req.headers.host ?? '');
    const body = served[req.url ?? ''];
    if (body === undefined) res.writeHead(404).end('missing');
    else res.writeHead(200, { 'Content-Type': 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('verifying a deploy on the static host', () => {
  it('maps built files to the URLs they are served at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('stories/a/index.html')).toBe('/stories/a/');
    expect(urlPathOf('robots.txt')).toBe('/robots.txt');
  });

  it('passes when the home page and changed pages answer with the hashes just built, asking by the site’s own name', async () => {
    const manifest = { 'index.html': sha('home v2'), 'stories/a/index.html': sha('story a v2') };
    const problem = await verifyDeploy({
      siteUrl: `http://dudley.localhost:${port}/`,
      manifest,
      changed: ['stories/a/index.html'],
    });
    expect(problem).toBeNull();
    expect(hosts.at(-1)).toBe(`dudley.localhost:${port}`);
  });

  it('fails, naming the page, when the host still serves other content', async () => {
    const manifest = { 'index.html': sha('home v2'), 'stories/a/index.html': sha('story a v3') };
    const problem = await verifyDeploy({
      siteUrl: `http://dudley.localhost:${port}/`,
      manifest,
      changed: ['stories/a/index.html'],
      patienceMs: 300,
    });
    expect(problem).toContain('/stories/a/');
    expect(problem).toContain('not the page just built');
  });

  it('fails when a page is missing on the host', async () => {
    const manifest = { 'index.html': sha('home v2'), 'stories/b/index.html': sha('b') };
    const problem = await verifyDeploy({
      siteUrl: `http://dudley.localhost:${port}/`,
      manifest,
      changed: ['stories/b/index.html'],
      patienceMs: 300,
    });
    expect(problem).toMatch(/stories\/b\/ answered 404/);
  });
});
