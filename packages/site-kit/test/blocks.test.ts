import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_EXAMPLES } from '@bfp/blocks/examples';
import { checkedPages, renderBlockExample } from './pageChecks.ts';

/**
 * Every block's worked examples (each block folder's examples.ts), rendered by the sites' own PageBlocks with the
 * site's own parts, each inside a minimal valid page, then checked as the built sites are: axe-core for WCAG 2.2 AA
 * and the W3C's Nu Html Checker. A folder with no examples fails here too.
 */

const cases = BLOCK_EXAMPLES.flatMap(({ folder, examples }) =>
  examples.length ? examples.map((example, index) => ({ folder, example, file: `${folder}-${index + 1}.html` })) : [],
);

describe('every block’s examples render to a page with no accessibility or HTML errors', () => {
  const html = new Map<string, string>();
  let pages: Awaited<ReturnType<typeof checkedPages>>;

  beforeAll(async () => {
    const container = await AstroContainer.create();
    for (const { folder, example, file } of cases)
      html.set(file, await renderBlockExample(container, { folder, example }));
    pages = await checkedPages(html, { host: 'blocks.localhost' });
  });

  afterAll(async () => {
    await pages?.close();
  });

  it.each(BLOCK_EXAMPLES.map(({ folder, examples }) => ({ folder, count: examples.length })))(
    '$folder/ has at least one example',
    ({ count }) => {
      expect(count).toBeGreaterThan(0);
    },
  );

  it.each(cases)('$folder: $example.name', async ({ file }) => {
    expect(pages.checkerErrors(file), 'W3C checker').toEqual([]);
    expect(await pages.axeViolations(file)).toEqual([]);
  });
});
