import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../src/config.ts';
import { BLOCK_CONTENTS, pageBlockSchema } from '../src/content.ts';
import { BLOCK_COMPONENTS, blockTypeOf } from '../src/components.ts';
import { BLOCK_EXAMPLES, BLOCK_FOLDERS } from '../src/examples.ts';

// Stand-ins for the CMS's field builders: this test reads which blocks there are, not the CMS's link rules.
const fields = {
  typedUrlField: (field: { name: string }) => ({ ...field, type: 'text' as const }),
  withSafeLinks: (field: { name: string }) => ({ ...field, type: 'richText' as const }),
};

describe('a block is one folder', () => {
  const types = BLOCK_FOLDERS.map(blockTypeOf).sort();

  it.each(BLOCK_FOLDERS)('%s/ holds its config, its content, its component and its examples', (folder) => {
    const files = fs.readdirSync(new URL(`../src/${folder}/`, import.meta.url));
    expect(files).toEqual(expect.arrayContaining(['config.ts', 'content.ts', `${folder}.astro`, 'examples.ts']));
  });

  it('every folder is offered in the CMS, under the type its folder names', () => {
    expect(
      pageBlocks(fields as never)
        .map((block) => block.slug)
        .sort(),
    ).toEqual(types);
  });

  it('every folder is read by the content loader, and rendered by its own component', () => {
    expect(BLOCK_CONTENTS.map((block) => block.schema.shape.type.value).sort()).toEqual(types);
    expect([...BLOCK_COMPONENTS.keys()].sort()).toEqual(types);
  });

  it.each(BLOCK_EXAMPLES)(
    '$folder/ has worked examples of its own block that fit its schema',
    ({ folder, examples }) => {
      expect(examples.length).toBeGreaterThan(0);
      for (const { name, block } of examples) {
        expect(block.type, name).toBe(blockTypeOf(folder));
        expect(pageBlockSchema.parse(block), name).toEqual(block);
      }
    },
  );
});
