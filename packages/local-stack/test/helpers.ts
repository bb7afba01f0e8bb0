import http from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Debian's Chromium with the flags this sandbox needs (no network, no GPU, running as root). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** WCAG 2.2 AA, the standard public-sector sites must meet. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * axe on a page as a browser without JavaScript renders it. axe is itself a script, so it cannot run in a context
 * with JavaScript off: the page is loaded there, its DOM (with <noscript> content parsed, as such a browser does) is
 * taken, stripped of scripts and unwrapped from its <noscript> tags, and served at the same URL to a context where
 * axe can run. The page's own scripts never run; its styles load from the real server.
 */
export async function axeViolationsWithoutJavaScript(browser: Browser, url: string) {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const html = await (async () => {
    const page = await noScript.newPage();
    await page.goto(url);
    return page.content();
  })().finally(() => noScript.close());
  const asRendered = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: asRendered }));
    await page.goto(url);
    return await axeViolations(page);
  } finally {
    await context.close();
  }
}

/**
 * GET from the sites server with a Host header. Node cannot resolve *.localhost names (browsers and curl map them to
 * loopback themselves), so tests connect to 127.0.0.1 and say which site they want.
 */
export function getFromSite(port: number, host: string, pathname: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function loginToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login as ${email}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Answers the checker's choice questions in order by clicking each label, then Continue (the mouse path). */
export async function answerByMouse(page: Page, labels: readonly string[]) {
  for (const label of labels) {
    // "Yes" and "No" would also match the longer "Yes, …" answers.
    await page.getByLabel(label, { exact: label === 'Yes' || label === 'No' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
}
