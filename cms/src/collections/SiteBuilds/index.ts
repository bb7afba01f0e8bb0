import type { CollectionConfig } from 'payload';
import { isAdmin, nobody } from '../../access/roles.ts';
import { ownPartnerOnly } from '../../access/ownPartnerOnly.ts';

/**
 * One row per partner site: is it live, waiting for a rebuild, building, or did its last build fail (and why).
 * Written only by the rebuild jobs; staff read it to see that what they published has reached the sites.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Site build', plural: 'Site builds' },
  admin: {
    useAsTitle: 'partner',
    defaultColumns: ['partner', 'status', 'lastLiveAt', 'missingData', 'lastError', 'reason'],
    description: 'Each partner site’s latest build. A failed build leaves the last good site online.',
  },
  access: { read: ownPartnerOnly('partner'), create: nobody, update: nobody, delete: isAdmin },
  // lastError is a build's own output, copied as it came (it may carry a terminal's colour codes): nobody types here.
  custom: { keepsControlCharacters: true },
  fields: [
    { name: 'partner', type: 'relationship', relationTo: 'partners', required: true, unique: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: ['pending', 'building', 'live', 'failed'].map((value) => ({ label: value, value })),
      index: true,
    },
    { name: 'reason', type: 'text', admin: { description: 'The latest change that asked for this build.' } },
    { name: 'requestedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastLiveAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'liveNoticeVersion',
      label: 'Privacy notice version live',
      type: 'text',
      admin: {
        description:
          'The privacy-notice version the live site was built with. Its pages send it with every enquiry, so it is accepted beside the partner’s current version until a newer build is live.',
      },
    },
    { name: 'buildMs', type: 'number', admin: { description: 'How long the last build took, in milliseconds.' } },
    { name: 'lastError', type: 'textarea' },
    {
      name: 'missingData',
      label: 'Missing local data and translations',
      type: 'textarea',
      admin: {
        description:
          'What this partner has not filled in that its pages show (their fallback text is shown instead), and on a bilingual site what is not yet translated ("Missing Welsh: …", left off the site until it is), as of its latest build.',
      },
    },
  ],
};
