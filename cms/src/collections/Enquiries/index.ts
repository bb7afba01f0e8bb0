import type { CollectionConfig } from 'payload';
import { OUTCOMES } from '@bfp/eligibility';
import { hasRole, isAdmin, nobody } from '../../access/roles.ts';
import { ownPartnerOnly } from '../../access/ownPartnerOnly.ts';
import { submitEnquiry, submitEnquiryPreflight } from './endpoints/submitEnquiry.ts';

export const ENQUIRY_STATUSES = ['new', 'contacted', 'home-visit-booked', 'application', 'approved', 'withdrawn'] as const;

/**
 * The ONE collection every partner site's enquiries land in. Carers never write here directly: the public path is
 * POST /api/enquiries/submit, which validates and re-evaluates before storing. Personal data: readable by admins,
 * marketing editors and the enquiry's own partner only.
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'partner', 'outcome', 'status', 'createdAt'],
    description: 'Enquiries from every partner site. Call back within one working day.',
  },
  access: {
    read: ownPartnerOnly('partner'),
    create: nobody,
    update: ownPartnerOnly('partner'),
    delete: isAdmin,
  },
  endpoints: [
    { path: '/submit', method: 'post', handler: submitEnquiry },
    { path: '/submit', method: 'options', handler: submitEnquiryPreflight },
  ],
  fields: [
    { name: 'reference', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      required: true,
      index: true,
      // Partner staff must not move an enquiry to another council's list.
      access: { update: ({ req }) => hasRole(req.user, 'admin') },
    },
    { name: 'sourceSite', type: 'text', admin: { readOnly: true, description: 'The site origin the enquiry came from.' } },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: OUTCOMES.map((value) => ({ label: value.replace(/-/g, ' '), value })),
      admin: { readOnly: true, description: 'Computed by the CMS from the answers, never taken from the browser.' },
    },
    { name: 'answers', type: 'json', required: true, admin: { readOnly: true } },
    { name: 'findings', type: 'json', admin: { readOnly: true } },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'fullName', type: 'text', required: true },
        { name: 'email', type: 'email', required: true },
        { name: 'phone', type: 'text', required: true },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'given', type: 'checkbox', required: true },
        { name: 'givenAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'privacyNoticeVersion', type: 'text', required: true },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: ENQUIRY_STATUSES.map((value) => ({ label: value.replace(/-/g, ' '), value })),
      admin: { position: 'sidebar' },
    },
  ],
};
