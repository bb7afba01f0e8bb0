import type { BlockConfig } from '../fields.ts';

/** A picture from the media library. Its alt text is the image's own (required there), so it is never left out here. */
export const config: BlockConfig = () => ({
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Image', plural: 'Images' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
  ],
});
