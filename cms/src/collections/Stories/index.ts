import type { CollectionConfig } from 'payload';
import { lexicalHTMLField } from '@payloadcms/richtext-lexical';
import { isEditorOrAdmin } from '../../access/roles.ts';
import { editorsReadVersions, publishedOnlyUnlessEditor, publishedUnlessEditor } from '../../access/drafts.ts';
import { shownOnFields } from '../../fields/shownOn.ts';
import { withSafeLinks } from '../../fields/richTextLinks.ts';
import { sharedContentReach } from '../../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnCollectionChange } from '../../jobs/rebuildSites/hooks.ts';
import { documentPreview } from '../../previewGrants/documentPreview.ts';
import { UK_TIME } from '../../admin/ukDates.ts';
import { slugField } from '../../fields/slug/index.ts';
import { explainRefusal } from '../../admin/explainRefusal.ts';
import { recordWrittenIn, writtenInFields } from '../../localization/writtenIn.ts';

const preview = documentPreview({ collection: 'stories', noun: 'Story', sitePath: (slug) => `/stories/${slug}/` });

type Safeguarding = { namesChanged?: boolean; imageConsent?: string; consentHeldAt?: string; reviewBy?: string };
const publishing = (data: { _status?: string } | undefined) => data?._status === 'published';

const rebuildStories = rebuildSitesOnCollectionChange('stories', sharedContentReach);

/**
 * Carer stories, written once and shown on every partner site or on the partners chosen for it. Stories about
 * children are sensitive (Children Act 1989 s97; CoramBAAF practice notes): before a story is published the record
 * must say that names are changed, how any image was made or consented, and when the story must be reviewed. When
 * that date passes, the review job unpublishes it from every site.
 */
export const Stories: CollectionConfig = {
  slug: 'stories',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'shownOn', '_status', 'translation', 'isSample', 'updatedAt'],
    ...preview.admin,
  },
  access: {
    read: publishedUnlessEditor,
    readVersions: editorsReadVersions,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  // The schedule-publish picker takes its time format from here; its date display and week start are Payload's own.
  versions: { drafts: { schedulePublish: { timeFormat: UK_TIME } }, maxPerDoc: 50 },
  endpoints: [preview.endpoint],
  hooks: {
    ...rebuildStories,
    beforeChange: [recordWrittenIn, ...rebuildStories.beforeChange],
    beforeOperation: [publishedOnlyUnlessEditor],
    // The safeguarding checks already say what to do.
    afterError: [
      explainRefusal({
        opening: 'This story cannot be published yet.',
        ownWords: (path) => path.startsWith('safeguarding.'),
      }),
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField({ collection: 'stories', example: 'tegans-story', description: 'The story’s address on every site.' }),
    { name: 'summary', type: 'textarea', required: true, maxLength: 300, localized: true },
    withSafeLinks({ name: 'body', label: 'Story text', type: 'richText', required: true, localized: true }),
    lexicalHTMLField({ htmlFieldName: 'bodyHtml', lexicalFieldName: 'body' }),
    { name: 'image', type: 'upload', relationTo: 'media' },
    ...shownOnFields('story'),
    ...writtenInFields,
    {
      name: 'safeguarding',
      type: 'group',
      admin: { description: 'Required before publishing. Never publish anything that could identify a child.' },
      fields: [
        // What is missing, one sentence per item, after a refused publish (no data of its own).
        {
          name: 'problems',
          type: 'ui',
          admin: {
            components: { Field: '/collections/Stories/components/SafeguardingProblems.tsx#SafeguardingProblems' },
          },
        },
        {
          name: 'namesChanged',
          type: 'checkbox',
          defaultValue: false,
          label: 'Names and identifying details (school, town, diagnosis) are changed or left out',
          validate: (value: unknown, { data }: { data: { _status?: string } }) =>
            publishing(data) && value !== true
              ? 'Confirm names and identifying details are changed before publishing.'
              : true,
        },
        {
          name: 'imageConsent',
          type: 'select',
          options: [
            { label: 'Illustration: no real person', value: 'illustration' },
            { label: 'Posed by a model', value: 'posed-by-model' },
            { label: 'Real person, written consent held', value: 'consented' },
          ],
          validate: (value: unknown, { data }: { data: { _status?: string; image?: unknown } }) =>
            publishing(data) && data.image && !value
              ? 'Say how the image was made or consented before publishing.'
              : true,
        },
        {
          name: 'consentHeldAt',
          type: 'text',
          admin: {
            condition: (_data, sibling: Safeguarding) => sibling?.imageConsent === 'consented',
            description: 'Where the signed consent is kept.',
          },
          validate: (
            value: unknown,
            { data, siblingData }: { data: { _status?: string }; siblingData: Safeguarding },
          ) =>
            publishing(data) && siblingData.imageConsent === 'consented' && !value
              ? 'Say where the written consent is held.'
              : true,
        },
        {
          name: 'reviewBy',
          type: 'date',
          index: true,
          admin: { description: 'On this date the story is unpublished from every site until someone reviews it.' },
          validate: (value: unknown, { data }: { data: { _status?: string } }) =>
            publishing(data) && !value ? 'Set a review date before publishing.' : true,
        },
      ],
    },
    {
      name: 'isSample',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Sample content for demonstration; replace before launch.' },
    },
  ],
};
