import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startNginx, type NginxServer } from '../src/nginx.ts';
import { testPort } from '../src/testPorts.ts';

const PORT = testPort(18090);
let dir: string;
let nginx: NginxServer;

const site = (extra = '') => `
  server {
    listen 127.0.0.1:${PORT};
    root ${path.join(dir, 'www')};
    ${extra}
  }`;

beforeAll(async () => {
  // mkdtemp's folder is 0700 and owned by whoever runs the test: the workers must still read from it.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-services-nginx-'));
  fs.mkdirSync(path.join(dir, 'www'));
  fs.writeFileSync(path.join(dir, 'www', 'index.html'), '<!doctype html><title>Home</title>');
  fs.writeFileSync(path.join(dir, 'www', 'data.json'), '{"ok":true}');
  nginx = await startNginx({ dir: path.join(dir, 'nginx'), config: site() });
});

afterAll(async () => {
  await nginx?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('serves a static file from a folder the test created, with its MIME type', async () => {
  const page = await fetch(`http://127.0.0.1:${PORT}/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toBe('text/html');
  expect(await page.text()).toContain('<title>Home</title>');
  const data = await fetch(`http://127.0.0.1:${PORT}/data.json`);
  expect(data.headers.get('content-type')).toBe('application/json');
});

it('keeps its pid file, logs and temp folders in its own folder', async () => {
  await fetch(`http://127.0.0.1:${PORT}/`);
  expect(fs.readFileSync(nginx.configFile, 'utf8')).toContain(`pid ${path.join(dir, 'nginx', 'nginx.pid')};`);
  expect(fs.existsSync(path.join(dir, 'nginx', 'nginx.pid'))).toBe(true);
  await expect.poll(() => fs.readFileSync(nginx.accessLog, 'utf8')).toContain('GET / HTTP/1.1');
});

it("refuses an invalid config with nginx's own message and keeps serving the old one", async () => {
  await expect(nginx.reload(site('no_such_directive on;'))).rejects.toThrow(/unknown directive "no_such_directive"/);
  expect(fs.readFileSync(nginx.configFile, 'utf8')).not.toContain('no_such_directive');
  expect((await fetch(`http://127.0.0.1:${PORT}/`)).status).toBe(200);
});

it('switches to a new config on reload, in effect when reload resolves', async () => {
  await nginx.reload(site('location = /version { return 200 "second"; }'));
  const response = await fetch(`http://127.0.0.1:${PORT}/version`);
  expect(await response.text()).toBe('second');

  await nginx.reload(site('location = /version { return 200 "third"; }'));
  // Every request after the reload reaches a new worker, never one still running the old config.
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${PORT}/version`).then((r) => r.text())),
  );
  expect(new Set(answers)).toEqual(new Set(['third']));
});

it('refuses to start on an invalid config, saying why', async () => {
  await expect(
    startNginx({ dir: path.join(dir, 'broken'), config: 'server { listen 127.0.0.1:18091; root; }' }),
  ).rejects.toThrow(/invalid number of arguments in "root" directive/);
});

it('places mainConfig before events {}, where load_module must go, and keeps it on reload', async () => {
  const module = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  const withModule = await startNginx({
    dir: path.join(dir, 'with-module'),
    mainConfig: `load_module ${module};`,
    config: `server { listen 127.0.0.1:18092; root ${path.join(dir, 'www')}; brotli_static on; }`,
  });
  try {
    const written = fs.readFileSync(withModule.configFile, 'utf8');
    expect(written.indexOf(`load_module ${module};`)).toBeLessThan(written.indexOf('\nevents {'));
    expect((await fetch('http://127.0.0.1:18092/')).status).toBe(200);
    await withModule.reload(`server { listen 127.0.0.1:18092; root ${path.join(dir, 'www')}; brotli_static off; }`);
    expect(fs.readFileSync(withModule.configFile, 'utf8')).toContain(`load_module ${module};`);
  } finally {
    await withModule.stop();
  }
});

it('stop closes the port', async () => {
  await nginx.stop();
  await expect(fetch(`http://127.0.0.1:${PORT}/`)).rejects.toThrow();
});
