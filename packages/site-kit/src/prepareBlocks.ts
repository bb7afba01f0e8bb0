import type { PageBlockEntry } from '@bfp/content';
import { storyBodyImage } from './buildTimeImages.ts';
import { cspHash } from './cspHash.ts';
import { prepareStoryBody } from './storyBody.ts';
import { allowLocalhostLinks } from './safeLinks.ts';

export type PreparedBlock = Exclude<PageBlockEntry, { type: 'richText' }> | { type: 'richText'; html: string };

interface Csp {
  insertStyleResource: (resource: { resource: string; kind: 'attribute' }) => void;
  insertStyleHash: (hash: { hash: string; kind: 'attribute' }) => void;
}

/**
 * Text blocks are prepared as a story's body is (images built, links checked); the style attributes their HTML keeps
 * are allowed by hash in the page's CSP, so the page needs no 'unsafe-inline'. Called by each view that renders
 * blocks (a page, the home page), since Astro.csp belongs to the page.
 */
export async function prepareBlocks(blocks: PageBlockEntry[], csp: Csp | undefined): Promise<PreparedBlock[]> {
  const styleAttributes = new Set<string>();
  const prepared = await Promise.all(
    blocks.map(async (block): Promise<PreparedBlock> => {
      if (block.type !== 'richText') return block;
      const body = await prepareStoryBody(block.html, {
        buildImage: storyBodyImage,
        allowLocalhost: allowLocalhostLinks,
      });
      for (const value of body.styleAttributes) styleAttributes.add(value);
      return { type: 'richText', html: body.html };
    }),
  );
  if (styleAttributes.size) csp?.insertStyleResource({ resource: "'unsafe-hashes'", kind: 'attribute' });
  for (const value of styleAttributes) csp?.insertStyleHash({ hash: cspHash(value), kind: 'attribute' });
  return prepared;
}
