import type { CollectionConfig } from 'payload';
import { readCmsEnv } from '../../env.ts';
import { isEditorOrAdmin } from '../../access/roles.ts';
import { inPublishedUseUnlessEditor } from './access/inPublishedUse.ts';
import { rebuildSitesOnMediaChange } from '../../jobs/rebuildSites/hooks.ts';
import { refuseDeletingLogosInUse } from './hooks/refuseDeletingLogosInUse.ts';
import { mediaThumbnailUrl, type StoredFile } from './adminThumbnail.ts';

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    read: inPublishedUseUnlessEditor,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  // The file column shows each picture, in the list and in every picker (a partner's logo, a story's image).
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'] },
  hooks: { afterChange: [rebuildSitesOnMediaChange], beforeDelete: [refuseDeletingLogosInUse] },
  upload: {
    // One folder every web instance shares (MEDIA_DIR); with S3_BUCKET set, storage-s3 (payload.config.ts) takes over.
    staticDir: readCmsEnv().mediaDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 533, position: 'centre' },
      { name: 'hero', width: 1600, height: undefined },
    ],
    adminThumbnail: ({ doc }) => mediaThumbnailUrl(doc as StoredFile),
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Describe the image for people who cannot see it. Required on every image.' },
    },
    {
      name: 'credit',
      type: 'text',
      admin: { description: 'For story images: "Posed by a model" or where the consent is held.' },
    },
  ],
};
