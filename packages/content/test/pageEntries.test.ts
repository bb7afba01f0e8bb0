import { describe, expect, it } from 'vitest';
import type { Page, Partner } from '@bfp/cms/payload-types';
import { isShownOn, toPageEntry } from '../src/mapping.ts';
import { pageSchema } from '../src/schemas.ts';

const build = 'http://cms.internal:3000';
const dudley = { id: 2, slug: 'dudley' } as Partner;

/** A page as the CMS's REST API answers the loader (depth 1: partners and images populated, rich text as HTML). */
const page = (overrides: Partial<Page> = {}): Page =>
  ({
    id: 1,
    title: 'Step Down fostering',
    slug: 'step-down-fostering',
    summary: 'Sample page.',
    layout: [
      {
        blockType: 'richText',
        content: { root: {} },
        contentHtml: '<p>Text</p><img alt="A garden" src="/api/media/file/garden.png">',
      },
      { blockType: 'keyFigure', figure: '85%', label: 'moved successfully', source: 'National Fostering Group' },
      {
        blockType: 'steps',
        heading: 'The steps',
        steps: [{ id: 'a', title: 'A call', description: 'Within one working day.' }],
      },
      { blockType: 'callToAction', heading: 'Could you foster?', buttonLabel: 'Check if you could foster' },
      { blockType: 'quote', text: 'It feels like home.', attribution: 'A young person' },
      {
        blockType: 'image',
        image: { id: 9, alt: 'Shapes', url: '/api/media/file/shapes.png', width: 1200, height: 800, sizes: {} },
        caption: null,
      },
    ],
    shownOn: 'chosen',
    partners: [dudley],
    showInNavigation: true,
    navigationOrder: 2,
    updatedAt: '2026-12-03T00:00:00.000Z',
    createdAt: '2026-12-03T00:00:00.000Z',
    ...overrides,
  }) as Page;

describe('pages for the sites', () => {
  it('maps every block to plain data the page schema accepts, rich text as HTML with images on the build’s CMS URL', () => {
    const entry = pageSchema.parse({
      ...toPageEntry(page(), build),
      language: 'en',
      writtenIn: ['en'],
      translations: {},
    });
    expect(entry.blocks.map((b) => b.type)).toEqual([
      'richText',
      'keyFigure',
      'steps',
      'callToAction',
      'quote',
      'image',
    ]);
    expect(entry.blocks[0]).toEqual({
      type: 'richText',
      html: '<p>Text</p><img alt="A garden" src="http://cms.internal:3000/api/media/file/garden.png">',
    });
    expect(entry.blocks[1]).toEqual({
      type: 'keyFigure',
      figure: '85%',
      label: 'moved successfully',
      source: 'National Fostering Group',
      sourceUrl: null,
    });
    expect(entry.blocks[5]).toMatchObject({
      type: 'image',
      image: { src: 'http://cms.internal:3000/api/media/file/shapes.png', alt: 'Shapes' },
      caption: null,
    });
    expect(entry.navigationOrder).toBe(2);
  });

  it('is on the sites of the partners chosen for it only', () => {
    const entry = toPageEntry(page(), build);
    expect(entry.shownOn).toEqual(['dudley']);
    expect(isShownOn(entry, 'dudley')).toBe(true);
    expect(isShownOn(entry, 'staffordshire')).toBe(false);
    expect(isShownOn(toPageEntry(page({ shownOn: 'all', partners: [] }), build), 'staffordshire')).toBe(true);
  });

  it('is shown without an image block whose image was deleted', () => {
    const layout = [
      { blockType: 'image', image: null },
      { blockType: 'quote', text: 'Home.', attribution: 'A carer' },
    ] as Page['layout'];
    expect(toPageEntry(page({ layout }), build).blocks.map((b) => b.type)).toEqual(['quote']);
  });

  it('is left out of the navigation unless it asks to be in it', () => {
    expect(toPageEntry(page({ showInNavigation: false }), build).navigationOrder).toBeNull();
  });
});
