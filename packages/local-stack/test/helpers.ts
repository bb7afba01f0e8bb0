import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { chromiumLaunchOptions } from '@bfp/system-packages/chromium';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ELIGIBLE_ANSWERS } from '@bfp/eligibility/fixtures';

/** Debian's Chromium with the flags this sandbox needs (no network, no GPU, running as root). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** WCAG 2.2 AA, the standard public-sector sites must meet; `include` audits only those parts of the page. */
export async function axeViolations(page: Page, { include = [] }: { include?: string[] } = {}) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
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
  return axeOnRenderedMarkup(browser, url, html);
}

/** The same, for what a context with JavaScript off shows now: e.g. the answer to a form post, not loadable by URL. */
export async function axeViolationsOfNoScriptPage(browser: Browser, page: Page) {
  return axeOnRenderedMarkup(browser, page.url(), await page.content());
}

/** axe on markup as it was rendered (e.g. a page that moves on by itself), served at its own URL, without its scripts. */
export async function axeOnRenderedMarkup(browser: Browser, url: string, html: string) {
  const asRendered = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: asRendered }),
    );
    await page.goto(url);
    return await axeViolations(page);
  } finally {
    await context.close();
  }
}

export { getFromSite } from '../src/siteRequest.ts';
import { loginToken } from '../src/cmsLogin.ts';
export { loginToken };

/** Answers the checker's choice questions in order by clicking each label, then Continue (the mouse path). */
export async function answerByMouse(page: Page, labels: readonly string[]) {
  for (const label of labels) {
    // "Yes" and "No" would also match the longer "Yes, …" answers.
    await page.getByLabel(label, { exact: label === 'Yes' || label === 'No' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
}

/**
 * Signs a demo user in through the admin's own login form, as a person does, on `page`; `at` is where the login page
 * is opened (another loopback address redirects to the CMS's own), the admin home is awaited at `cmsUrl`.
 */
export async function signInToAdmin(
  page: Page,
  { cmsUrl, email, at = cmsUrl }: { cmsUrl: string; email: string; at?: string },
): Promise<Page> {
  const { DEMO_PASSWORD } = await import('@bfp/cms/demo-users');
  await page.goto(`${at}/admin/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(`${cmsUrl}/admin`);
  watchPosts(page);
  return page;
}

/** The POSTs of each signed-in admin page still in flight, and when the last one started or ended. */
const posts = new WeakMap<Page, { inFlight: Set<Request>; lastChange: number }>();

function watchPosts(page: Page) {
  if (posts.has(page)) return;
  const state = { inFlight: new Set<Request>(), lastChange: Date.now() };
  posts.set(page, state);
  page.on('request', (request) => {
    if (request.method() !== 'POST') return;
    state.inFlight.add(request);
    state.lastChange = Date.now();
  });
  const done = (request: Request) => {
    if (state.inFlight.delete(request)) state.lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/**
 * Waits, as a person pauses, for the admin's form to settle: no POST in flight and none for `quietMs`. Payload
 * rebuilds the form's state on the server after each change (a POST, debounced 250 ms); an answer that lands after a
 * save or a publish replaces the form's state with one built before it, clearing the errors a refusal showed, and an
 * action taken while one is in flight can be overtaken by it. (Playwright's `networkidle` is no help here: once a page
 * has reached it, waiting for it returns at once.) `page` must come from `signInToAdmin`.
 */
export async function formSettled(page: Page, { quietMs = 750, timeout = 30_000 } = {}): Promise<void> {
  const state = posts.get(page);
  if (!state)
    throw new Error('formSettled: this page was not signed in with signInToAdmin, so its requests are not watched');
  const giveUp = Date.now() + timeout;
  while (state.inFlight.size > 0 || Date.now() - state.lastChange < quietMs) {
    if (Date.now() > giveUp)
      throw new Error(`The admin form did not settle within ${timeout} ms: ${state.inFlight.size} POST(s) in flight`);
    await sleep(100);
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Blocks every request of `context` that would leave this machine and records it in `outside` ("page → address"),
 * so a test can assert the page needed nothing from outside.
 */
export async function blockOutsideRequests(context: BrowserContext, outside: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (
      url.protocol === 'data:' ||
      url.protocol === 'blob:' ||
      LOOPBACK.has(url.hostname) ||
      url.hostname.endsWith('.localhost')
    )
      return route.continue();
    outside.push(`${route.request().frame().url()} → ${url.href}`);
    return route.abort('blockedbyclient');
  });
}

/** A likely-eligible carer's answer to each question after the postcode, by question id, as both forms send them. */
export { ELIGIBLE_ANSWERS };

/** Files an eligible Dudley enquiry for `fullName` through the CMS's enquiry endpoint; returns its id and reference. */
export async function submitEnquiryAs(cmsUrl: string, fullName: string): Promise<{ id: number; reference: string }> {
  const response = await fetch(`${cmsUrl}/api/enquiries/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      partner: 'dudley',
      answers: { postcode: 'DY1 1AA', ...ELIGIBLE_ANSWERS },
      contact: {
        fullName,
        email: `${fullName.toLowerCase().replace(/\W+/g, '.')}@example.com`,
        phone: '01632 960 321',
        consent: true,
      },
      privacyNoticeVersion: '2026-11',
    }),
  });
  const { reference } = (await response.json()) as { reference: string };
  const token = await loginToken(cmsUrl, 'admin@bfp.example');
  const found = await fetch(`${cmsUrl}/api/enquiries?where[reference][equals]=${reference}&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  });
  return { id: ((await found.json()) as { docs: Array<{ id: number }> }).docs[0]!.id, reference };
}

const run = promisify(execFile);
const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

/** The W3C's Nu Html Checker (vnu.jar, on the machine's Java) on HTML files: its errors, one line each. */
export async function vnuErrors(files: string[]): Promise<string[]> {
  // vnu exits non-zero when it reports errors; its JSON report is on stderr either way.
  const { stderr } = await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stderr?: string }) => ({
    stderr: error.stderr ?? '',
  }));
  const { messages } = JSON.parse(stderr || '{"messages":[]}') as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === 'error')
    .map(
      (m) =>
        `${m.url.replace(/^file:.*?\/(live|sites|replies)\//, '')}: ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`,
    );
}

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}
