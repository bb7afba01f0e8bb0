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
