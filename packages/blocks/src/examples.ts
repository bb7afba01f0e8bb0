/**
 * Every block's worked examples, by folder, for tests: site-kit renders each on a page and checks it with axe and the
 * W3C checker. A folder without examples is listed with none, so that test fails for it.
 */
import fs from 'node:fs';
import type { PageBlockEntry } from './content.ts';
import type { ExampleSite } from './exampleSite.ts';

export { EXAMPLE_SITE, EXAMPLE_SITE_WITHOUT_PARTNER_DATA, type ExampleSite } from './exampleSite.ts';

/** One worked example of a block: its content, and the site it is shown on when not EXAMPLE_SITE. */
export interface BlockExample<T extends PageBlockEntry['type'] = PageBlockEntry['type']> {
  /** What the example shows, e.g. "with a source link". */
  name: string;
  block: Extract<PageBlockEntry, { type: T }>;
  site?: Partial<ExampleSite>;
}

/** The folders under src/ that are not blocks: text/ holds every block's fixed words, one file a language. */
const NOT_BLOCKS = ['text'];

/** The block folders there are: every other directory under src/ (each holds one block). */
export const BLOCK_FOLDERS: string[] = fs
  .readdirSync(new URL('.', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_BLOCKS.includes(entry.name))
  .map((entry) => entry.name)
  .sort();

const files = import.meta.glob<{ examples?: BlockExample[] }>('./*/examples.ts', { eager: true });

export const BLOCK_EXAMPLES: Array<{ folder: string; examples: BlockExample[] }> = BLOCK_FOLDERS.map((folder) => ({
  folder,
  examples: files[`./${folder}/examples.ts`]?.examples ?? [],
}));
