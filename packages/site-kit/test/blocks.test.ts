import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '@bfp/system-packages/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PageBlocks from '@bfp/blocks/PageBlocks.astro';
import { BLOCK_EXAMPLES, EXAMPLE_SITE, type BlockExample } from '@bfp/blocks/examples';
import { brandStyle } from '@bfp/brand';
import { eventSchema, faqSchema, pageBlockSchema, partnerSchema, storySchema } from '@bfp/content';
import { BLOCK_PARTS } from '../src/blockParts.ts';

/**
 * Every block's worked examples (each block folder's examples.ts), rendered by the sites' own PageBlocks with the
 * site's own parts, each inside a minimal valid page, then checked as the built sites are: axe-core for WCAG 2.2 AA
 * and the W3C's Nu Html Checker. A folder with no examples fails here too.
 */

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const require = createRequire(import.meta.url);
const vnuJar = path.join(path.dirname(require.resolve('vnu-jar')), 'build/dist/vnu.jar');
const run = promisify(execFile);

const cases = BLOCK_EXAMPLES.flatMap(({ folder, examples }) =>
  examples.length ? examples.map((example, index) => ({ folder, example, file: `${folder}-${index + 1}.html` })) : [],
);

/** The sites' own styles, as SiteLayout loads them: target sizes and contrast are the theme's doing. */
const themeCss = ['@bfp/theme-base/tokens.css', '@bfp/theme-base/base.css', '@bfp/theme-warm/theme.css']
  .map((css) => fs.readFileSync(require.resolve(css), 'utf8'))
  .join('\n');

/** A minimal valid page of the example's site around the rendered block. */
const page = ({ title, body, partner }: { title: string; body: string; partner: typeof EXAMPLE_SITE.partner }) =>
  `<!doctype html><html lang="en-GB" data-theme="${partner.theme}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
  `<style>${themeCss}</style><style>${brandStyle({ ...partner.brand, typeface: partner.typeface })}</style></head>` +
  `<body><main id="main" class="main"><div class="width-container"><h1>${title}</h1>${body}</div></main></body></html>`;

async function render(container: AstroContainer, folder: string, example: BlockExample): Promise<string> {
  const site = { ...EXAMPLE_SITE, ...example.site };
  // The examples are the content loader's entries: checked with its schemas, so they are data a site can be given.
  partnerSchema.parse(site.partner);
  site.stories.forEach((story) => storySchema.parse(story));
  site.faqs.forEach((faq) => faqSchema.parse(faq));
  site.events.forEach((event) => eventSchema.parse(event));
  const blocks = [pageBlockSchema.parse(example.block)];
  const body = await container.renderToString(PageBlocks, { props: { blocks, site: { ...site, parts: BLOCK_PARTS } } });
  return page({ title: `${folder}: ${example.name}`, body, partner: site.partner });
}

/** The checker's errors for each file, by file name (vnu exits non-zero on errors; its JSON report is on stderr). */
async function vnuErrors(dir: string, files: string[]): Promise<Map<string, string[]>> {
  const { stderr } = await run(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files.map((file) => path.join(dir, file))],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }));
  const errors = new Map<string, string[]>();
  for (const m of (
    JSON.parse(stderr || '{"messages":[]}') as {
      messages: Array<{ type: string; url: string; message: string; extract?: string }>;
    }
  ).messages) {
    if (m.type !== 'error') continue;
    const file = path.basename(m.url);
    errors.set(file, [
      ...(errors.get(file) ?? []),
      `${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`,
    ]);
  }
  return errors;
}

describe('every block’s examples render to a page with no accessibility or HTML errors', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfp-blocks-'));
  const html = new Map<string, string>();
  let checker: Map<string, string[]>;
  let browser: Browser;
  let tab: Page;

  beforeAll(async () => {
    const container = await AstroContainer.create();
    for (const { folder, example, file } of cases) {
      html.set(file, await render(container, folder, example));
      fs.writeFileSync(path.join(dir, file), html.get(file)!);
    }
    [checker, browser] = await Promise.all([
      vnuErrors(dir, [...html.keys()]),
      chromium.launch(chromiumLaunchOptions()),
    ]);
    tab = await (await browser.newContext()).newPage();
    // The page alone: its images and links go nowhere, which axe does not need.
    await tab.route('**/*', (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      return route.request().isNavigationRequest() && html.has(file)
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.get(file)! })
        : route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(BLOCK_EXAMPLES.map(({ folder, examples }) => ({ folder, count: examples.length })))(
    '$folder/ has at least one example',
    ({ count }) => {
      expect(count).toBeGreaterThan(0);
    },
  );

  it.each(cases)('$folder: $example.name', async ({ file }) => {
    expect(checker.get(file) ?? [], 'W3C checker').toEqual([]);
    await tab.goto(`http://blocks.localhost/${file}`);
    const results = await new AxeBuilder({ page: tab }).withTags(WCAG_22_AA).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  });
});
