import type { GlobalConfig } from 'payload';
import { isEditorOrAdmin } from '../../access/roles.ts';
import { editorsReadVersions, publishedUnlessEditor } from '../../access/drafts.ts';
import { campaignReach } from '../../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnGlobalChange } from '../../jobs/rebuildSites/hooks.ts';
import { UK_TIME } from '../../admin/ukDates.ts';
import { PAGE_BLOCKS } from '../../blocks/index.ts';
import { recordGlobalWrittenIn, writtenInFields } from '../../localization/writtenIn.ts';

/**
 * The home page every partner site shares, and the checker's introduction: written once by marketing. Below the
 * headline the home page is a layout of the same blocks pages are built from, so there is one way to compose content.
 * (It grew from the "campaign copy" global, whose slug, tables and GraphQL names it kept until the home_page_rename
 * migration.)
 */
export const HomePage: GlobalConfig = {
  slug: 'home-page',
  label: 'Home page',
  admin: { description: 'The home page of every partner site. The partner blocks show each council’s own details.' },
  // The main document holds the published copy; drafts live in versions until published, for editors' eyes only.
  access: { read: publishedUnlessEditor, readVersions: editorsReadVersions, update: isEditorOrAdmin },
  // The schedule-publish picker takes its time format from here; its date display and week start are Payload's own.
  versions: { drafts: { schedulePublish: { timeFormat: UK_TIME } }, max: 50 },
  hooks: (() => {
    const rebuild = rebuildSitesOnGlobalChange('home-page', campaignReach);
    return { ...rebuild, beforeChange: [recordGlobalWrittenIn, ...rebuild.beforeChange] };
  })(),
  fields: [
    { name: 'headline', type: 'text', required: true, localized: true },
    { name: 'intro', type: 'textarea', required: true, localized: true },
    { name: 'layout', type: 'blocks', required: true, minRows: 1, blocks: PAGE_BLOCKS, admin: { initCollapsed: true } },
    {
      name: 'checkerIntro',
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: 'Opens the eligibility checker on every site.' },
    },
    ...writtenInFields,
  ],
};
