import { describe, expect, it } from 'vitest';
import type { Block, Field } from 'payload';
import { fieldsThatCanShowMedia, mediaInFields } from '../../src/collections/Media/mediaInContent.ts';
import { PAGE_BLOCKS } from '../../src/blocks/index.ts';

const upload = (id: number) => ({ type: 'upload', relationTo: 'media', value: id });
const richText = (...children: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } });

/** A block nobody has written yet: an image inside an array inside a tab, with a referenced block beside it. */
const Gallery: Block = {
  slug: 'gallery',
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Pictures',
          fields: [
            {
              name: 'pictures',
              type: 'array',
              fields: [{ type: 'row', fields: [{ name: 'picture', type: 'upload', relationTo: 'media' }] }],
            },
          ],
        },
        { name: 'more', fields: [{ name: 'credits', type: 'group', fields: [{ name: 'text', type: 'richText' }] }] },
      ],
    },
    { name: 'nested', type: 'blocks', blocks: [], blockReferences: ['image'] as never },
    { name: 'story', type: 'relationship', relationTo: 'stories' },
  ],
};
const fields: Field[] = [
  { name: 'headline', type: 'text' },
  { name: 'layout', type: 'blocks', blocks: [...PAGE_BLOCKS, Gallery] },
];
const blockBySlug = (slug: string) => PAGE_BLOCKS.find((block) => block.slug === slug);

describe('the images a document shows, read through its field config', () => {
  it('finds every block that holds an upload, however deep, and uploads in rich text', () => {
    const doc = {
      headline: 'Hello',
      layout: [
        { blockType: 'image', image: 1 },
        { blockType: 'richText', content: richText(upload(2)) },
        { blockType: 'keyFigure', figure: '85%' },
        {
          blockType: 'gallery',
          pictures: [{ picture: { id: 3, url: '/api/media/file/3.png' } }, { picture: 4 }],
          more: { credits: { text: richText(upload(5)) } },
          nested: [{ blockType: 'image', image: 6 }],
          story: 99,
        },
      ],
    };
    expect(mediaInFields(fields, doc, blockBySlug)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('names the top-level fields worth reading, and none for content without images', () => {
    expect(fieldsThatCanShowMedia(fields, blockBySlug)).toEqual(['layout']);
    expect(
      fieldsThatCanShowMedia(
        [
          { name: 'question', type: 'text' },
          { name: 'story', type: 'relationship', relationTo: 'stories' },
        ],
        blockBySlug,
      ),
    ).toEqual([]);
  });
});
