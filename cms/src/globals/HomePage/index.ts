import type { GlobalConfig } from 'payload';
import { isEditorOrAdmin } from '../../access/roles.ts';
import { editorsReadVersions, publishedUnlessEditor } from '../../access/drafts.ts';
import { campaignReach } from '../../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnGlobalChange } from '../../jobs/rebuildSites/hooks.ts';
import { UK_TIME } from '../../admin/ukDates.ts';
import { PAGE_BLOCKS } from '../../blocks/index.ts';

/**
 * The home page every partner site shares, and the checker's introduction: written once by marketing. Below the
 * headline the home page is a layout of the same blocks pages are built from, so there is one way to compose content.
 * Its slug is still "campaign-copy" (the global it grew from), which keeps its API address and its tables.
 */
export const HomePage: GlobalConfig = {
  slug: 'campaign-copy',
  label: 'Home page',
  // The GraphQL names stay those of the global it grew from, so existing queries keep working.
  graphQL: { name: 'CampaignCopy' },
  admin: { description: 'The home page of every partner site. The partner blocks show each council’s own details.' },
  // The main document holds the published copy; drafts live in versions until published, for editors' eyes only.
  access: { read: publishedUnlessEditor, readVersions: editorsReadVersions, update: isEditorOrAdmin },
  // The schedule-publish picker takes its time format from here; its date display and week start are Payload's own.
  versions: { drafts: { schedulePublish: { timeFormat: UK_TIME } }, max: 50 },
  hooks: rebuildSitesOnGlobalChange('campaign-copy', campaignReach),
  fields: [
    { name: 'headline', type: 'text', required: true },
    { name: 'intro', type: 'textarea', required: true },
    { name: 'layout', type: 'blocks', required: true, minRows: 1, blocks: PAGE_BLOCKS, admin: { initCollapsed: true } },
    { name: 'checkerIntro', type: 'textarea', required: true, admin: { description: 'Opens the eligibility checker on every site.' } },
  ],
};
