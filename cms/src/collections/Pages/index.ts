import type { CollectionConfig } from 'payload';
import { isEditorOrAdmin } from '../../access/roles.ts';
import { editorsReadVersions, publishedOnlyUnlessEditor, publishedUnlessEditor } from '../../access/drafts.ts';
import { shownOnFields } from '../../fields/shownOn.ts';
import { slugField } from '../../fields/slug/index.ts';
import { sharedContentReach } from '../../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnCollectionChange } from '../../jobs/rebuildSites/hooks.ts';
import { documentPreview } from '../../previewGrants/documentPreview.ts';
import { UK_TIME } from '../../admin/ukDates.ts';
import { PAGE_BLOCKS } from '../../blocks/index.ts';
import { reservedPageSlugProblem } from './reservedSlugs.ts';
import { explainRefusal } from '../../admin/explainRefusal.ts';
import { recordWrittenIn, writtenInFields } from '../../localization/writtenIn.ts';

const preview = documentPreview({ collection: 'pages', noun: 'Page', sitePath: (slug) => `/${slug}/` });

const rebuildPages = rebuildSitesOnCollectionChange('pages', sharedContentReach);

/**
 * Pages marketing staff build themselves from blocks (text, a key figure, steps, a quote, an image, a call to the
 * checker), written once and shown on every partner site or on the partners chosen for it, at /<slug>/. They follow
 * the stories' rules: drafts, versions and scheduled publishing; drafts for editors only; a publish rebuilds exactly
 * the sites the page is (or was) shown on.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'shownOn', '_status', 'translation', 'showInNavigation', 'updatedAt'],
    ...preview.admin,
  },
  access: {
    read: publishedUnlessEditor,
    readVersions: editorsReadVersions,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  // The schedule-publish picker takes its time format from here, as on stories.
  versions: { drafts: { schedulePublish: { timeFormat: UK_TIME } }, maxPerDoc: 50 },
  endpoints: [preview.endpoint],
  hooks: {
    ...rebuildPages,
    beforeChange: [recordWrittenIn, ...rebuildPages.beforeChange],
    beforeOperation: [publishedOnlyUnlessEditor],
    // A refused slug says why, in the toast too (Payload's own says only "The following field is invalid: Slug").
    afterError: [explainRefusal({ opening: 'This page cannot be saved.', ownWords: (path) => path === 'slug' })],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField({
      collection: 'pages',
      example: 'step-down-fostering',
      description: 'The page’s address on every site it is shown on: /<slug>/.',
      problem: reservedPageSlugProblem,
    }),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      localized: true,
      admin: { description: 'Shown under the title and to search engines.' },
    },
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      minRows: 1,
      blocks: PAGE_BLOCKS,
      admin: { initCollapsed: false },
    },
    ...shownOnFields('page'),
    ...writtenInFields,
    {
      name: 'showInNavigation',
      type: 'checkbox',
      defaultValue: false,
      label: 'Show in the site’s navigation',
      admin: { position: 'sidebar' },
    },
    {
      name: 'navigationOrder',
      type: 'number',
      defaultValue: 0,
      admin: {
        position: 'sidebar',
        description: 'Lower numbers come first in the navigation.',
        condition: (data) => Boolean(data?.showInNavigation),
      },
    },
  ],
};
