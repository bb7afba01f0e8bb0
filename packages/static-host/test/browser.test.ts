import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '@bfp/system-packages/chromium';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStaticSitesServer, type StaticSitesServer } from '../src/server.ts';
import { renderSitesIndex } from '../src/sitesIndex.ts';
import { CMS_ORIGIN, SITES, makeFixtureSites, type FixtureSites } from './fixtureSites.ts';

let fixture: FixtureSites;
let server: StaticSitesServer;
let browser: Browser;
let port: number;

beforeAll(async () => {
  fixture = await makeFixtureSites();
  await fixture.release({ slug: 'dudley', version: 'v1' });
  const indexHtml = renderSitesIndex(SITES, 'http://{slug}.localhost:4321');
  server = await startStaticSitesServer({
    port: 0,
    sitesDir: fixture.sitesDir,
    sites: () => SITES,
    cmsOrigin: CMS_ORIGIN,
    indexHtml: () => indexHtml,
  });
  port = Number(new URL(server.url).port);
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fixture?.cleanup();
});

it('Chromium accepts every header without a console warning (an unknown Permissions-Policy feature logs one on every page)', async () => {
  const page = await (await browser.newContext()).newPage();
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  // Chromium maps *.localhost to loopback itself, so the site is reached by its own name here.
  const response = await page.goto(`http://dudley.localhost:${port}/about/`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-encoding']).toBe('br');
  await page.reload();
  // The fixture has no favicon; its 404 is the one error a page may log.
  expect(messages.filter((message) => !/status of 404/.test(message))).toEqual([]);
});

it('the index of sites has no accessibility violations (WCAG 2.2 AA)', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`http://localhost:${port}/`);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  expect(await page.getByRole('main').count()).toBe(1);
});
