import type { Field } from 'payload';

/**
 * "Shown on": shared content is written once and shown on every partner site, or on the partners chosen for it.
 * Used by every collection of shared content so the rule reads the same everywhere.
 */
export const shownOnFields = (what: string): Field[] => [
  {
    name: 'shownOn',
    type: 'select',
    required: true,
    defaultValue: 'all',
    options: [
      { label: 'All partner sites', value: 'all' },
      { label: 'Chosen partners only', value: 'chosen' },
    ],
    admin: { position: 'sidebar' },
  },
  {
    name: 'partners',
    type: 'relationship',
    relationTo: 'partners',
    hasMany: true,
    admin: {
      position: 'sidebar',
      condition: (data) => data?.shownOn === 'chosen',
      description: `The partner sites that show this ${what}.`,
    },
    validate: (value: unknown, { siblingData }: { siblingData: { shownOn?: string } }) =>
      siblingData.shownOn === 'chosen' && (!Array.isArray(value) || value.length === 0)
        ? `Choose at least one partner, or show the ${what} on all partner sites`
        : true,
  },
];
