import type { CollectionConfig } from 'payload';
import { anyone, isEditorOrAdmin } from '../../access/roles.ts';
import { shownOnFields } from '../../fields/shownOn.ts';
import { sharedContentReach } from '../../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnCollectionChange } from '../../jobs/rebuildSites/hooks.ts';
import { recordWrittenIn, writtenInFields } from '../../localization/writtenIn.ts';

/** Questions carers ask, answered once by marketing for every partner site or for chosen ones. */
export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'shownOn', 'translation', 'order'] },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  defaultSort: 'order',
  hooks: (() => {
    const rebuild = rebuildSitesOnCollectionChange('faqs', sharedContentReach);
    return { ...rebuild, beforeChange: [recordWrittenIn, ...rebuild.beforeChange] };
  })(),
  fields: [
    { name: 'question', type: 'text', required: true, localized: true },
    { name: 'answer', type: 'textarea', required: true, localized: true },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lower numbers come first.' },
    },
    ...shownOnFields('FAQ'),
    ...writtenInFields,
  ],
};
