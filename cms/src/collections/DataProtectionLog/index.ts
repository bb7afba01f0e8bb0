import type { CollectionConfig } from 'payload';
import { isAdmin, nobody } from '../../access/roles.ts';
import { jsonFieldsAsText } from '../../admin/JsonView/fields.ts';

export const DATA_PROTECTION_ACTIONS = [
  { value: 'retention-anonymised', label: 'Anonymised by the retention schedule' },
  { value: 'subject-export', label: 'Exported for a data subject' },
  { value: 'subject-erasure', label: 'Erased at a data subject’s request' },
] as const;

/**
 * What the CMS did to personal data and why: the retention job's runs and each data-subject export or erasure.
 * Written only by the CMS itself, readable by admins, never edited, so it can be shown to a data protection officer.
 * It names enquiries by reference only; it holds no personal data of its own.
 */
export const DataProtectionLog: CollectionConfig = {
  slug: 'data-protection-log',
  labels: { singular: 'Data protection log entry', plural: 'Data protection log' },
  admin: {
    group: 'System',
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'action', 'partner', 'count', 'createdAt'],
    description: 'A record of every retention purge and data-subject request the CMS carried out.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: jsonFieldsAsText([
    {
      name: 'action',
      type: 'select',
      required: true,
      options: DATA_PROTECTION_ACTIONS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'summary', type: 'text', required: true },
    { name: 'partner', type: 'relationship', relationTo: 'partners' },
    { name: 'count', type: 'number', required: true, min: 0 },
    { name: 'references', type: 'json', admin: { description: 'The enquiry references acted on.' } },
    {
      name: 'performedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { description: 'Empty when a scheduled job did it.' },
    },
  ]),
  timestamps: true,
};
