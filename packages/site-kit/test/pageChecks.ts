import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '@bfp/system-packages/chromium';
import PageBlocks from '@bfp/blocks/PageBlocks.astro';
import { EXAMPLE_SITE, type BlockExample } from '@bfp/blocks/examples';
import { brandStyle } from '@bfp/brand';
import { eventSchema, faqSchema, pageBlockSchema, partnerSchema, storySchema } from '@bfp/content';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS, type Language } from '@bfp/eligibility';
import { BLOCK_PARTS } from '../src/blockParts.ts';

/**
 * What the render tests share: rendering a block's worked example inside a minimal valid page, and checking pages as
 * the built sites are checked (axe-core for WCAG 2.2 AA, the W3C's Nu Html Checker).
 */

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const require = createRequire(import.meta.url);
const vnuJar = path.join(path.dirname(require.resolve('vnu-jar')), 'build/dist/vnu.jar');
const run = promisify(execFile);

/** The sites' own styles, as SiteLayout loads them: target sizes and contrast are the theme's doing. */
export const themeCss = ['@bfp/theme-base/tokens.css', '@bfp/theme-base/base.css', '@bfp/theme-warm/theme.css']
  .map((css) => fs.readFileSync(require.resolve(css), 'utf8'))
  .join('\n');

/** A minimal valid page of the example's site around the rendered block. */
export const examplePage = ({
  title,
  body,
  partner,
  language = DEFAULT_LANGUAGE,
}: {
  title: string;
  body: string;
  partner: typeof EXAMPLE_SITE.partner;
  language?: Language;
}) =>
  `<!doctype html><html lang="${LANGUAGE_TAGS[language]}" data-theme="${partner.theme}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
  `<style>${themeCss}</style><style>${brandStyle({ ...partner.brand, typeface: partner.typeface })}</style></head>` +
  `<body><main id="main" class="main"><div class="width-container"><h1>${title}</h1>${body}</div></main></body></html>`;

/** A block's example rendered by the sites' own PageBlocks with the site's own parts, in a page of its own. */
export async function renderBlockExample(
  container: AstroContainer,
  { folder, example, language }: { folder: string; example: BlockExample; language?: Language },
): Promise<string> {
  const site = { ...EXAMPLE_SITE, ...example.site };
  // The examples are the content loader's entries: checked with its schemas, so they are data a site can be given.
  partnerSchema.parse(site.partner);
  site.stories.forEach((story) => storySchema.parse(story));
  site.faqs.forEach((faq) => faqSchema.parse(faq));
  site.events.forEach((event) => eventSchema.parse(event));
  const blocks = [pageBlockSchema.parse(example.block)];
  const body = await container.renderToString(PageBlocks, {
    props: { blocks, site: { ...site, parts: BLOCK_PARTS }, ...(language && { language }) },
  });
  return examplePage({ title: `${folder}: ${example.name}`, body, partner: site.partner, language });
}

/** The checker's errors for each file, by file name (vnu exits non-zero on errors; its JSON report is on stderr). */
export async function vnuErrors(dir: string, files: string[]): Promise<Map<string, string[]>> {
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

/**
 * Pages by file name, written to a folder of their own for the W3C checker and served to a browser tab at
 * http://<host>/<file>. Close it after the tests: it ends the browser and removes the folder.
 */
export async function checkedPages(
  html: ReadonlyMap<string, string>,
  {
    host,
    inBrowser = (text) => text,
  }: {
    host: string;
    /** The page as the browser is given it, when it must differ from what the W3C checker reads. */
    inBrowser?: (text: string) => string;
  },
): Promise<{
  /** The W3C checker's errors for the file (none: an empty list). */
  checkerErrors: (file: string) => string[];
  /** axe-core's WCAG 2.2 AA violations on the file, one line each (none: an empty list). */
  axeViolations: (file: string) => Promise<string[]>;
  close: () => Promise<void>;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bfp-${host.split('.')[0]}-`));
  for (const [file, text] of html) fs.writeFileSync(path.join(dir, file), text);
  let browser: Browser | undefined;
  try {
    const [checker, launched] = await Promise.all([
      vnuErrors(dir, [...html.keys()]),
      chromium.launch(chromiumLaunchOptions()),
    ]);
    browser = launched;
    const context = await browser.newContext();
    // The page alone: its images and links go nowhere, which axe does not need.
    await context.route('**/*', (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      return route.request().isNavigationRequest() && html.has(file)
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: inBrowser(html.get(file)!) })
        : route.abort();
    });
    return {
      checkerErrors: (file) => checker.get(file) ?? [],
      async axeViolations(file) {
        // A tab for each page, so nothing one page does (a refresh, a script) reaches the next.
        const tab: Page = await context.newPage();
        try {
          await tab.goto(`http://${host}/${file}`);
          const results = await new AxeBuilder({ page: tab }).withTags(WCAG_22_AA).analyze();
          return results.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          );
        } finally {
          await tab.close();
        }
      },
      async close() {
        await browser?.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
