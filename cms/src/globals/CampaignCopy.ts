import type { GlobalConfig } from 'payload';
import { isEditorOrAdmin } from '../access/roles.ts';
import { editorsReadVersions, publishedUnlessEditor } from '../access/drafts.ts';
import { campaignReach } from '../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnGlobalChange } from '../jobs/rebuildSites/hooks.ts';
import { UK_TIME } from '../admin/ukDates.ts';

/** The partnership's shared campaign copy: written once by marketing, shown on every partner site. */
export const CampaignCopy: GlobalConfig = {
  slug: 'campaign-copy',
  // The main document holds the published copy; drafts live in versions until published, for editors' eyes only.
  access: { read: publishedUnlessEditor, readVersions: editorsReadVersions, update: isEditorOrAdmin },
  // The schedule-publish picker takes its time format from here; its date display and week start are Payload's own.
  versions: { drafts: { schedulePublish: { timeFormat: UK_TIME } }, max: 50 },
  hooks: rebuildSitesOnGlobalChange('campaign-copy', campaignReach),
  fields: [
    { name: 'headline', type: 'text', required: true },
    { name: 'intro', type: 'textarea', required: true },
    {
      name: 'sections',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'heading', type: 'text', required: true },
        { name: 'body', type: 'textarea', required: true, admin: { description: 'Blank lines separate paragraphs.' } },
      ],
    },
    {
      name: 'bridgeToFoster',
      type: 'group',
      fields: [
        { name: 'heading', type: 'text', required: true },
        { name: 'body', type: 'textarea', required: true },
        { name: 'successRate', type: 'number', required: true, min: 0, max: 100, admin: { description: 'Percentage of transitions that succeed.' } },
      ],
    },
    { name: 'checkerIntro', type: 'textarea', required: true },
  ],
};
