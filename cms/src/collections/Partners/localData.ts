import type { Field, FieldHook } from 'payload';

/**
 * A new partner is often a copy of another's record: its rows get ids of their own, so a copy is stored instead of
 * failing on the copied rows' ids (which the database keeps unique across every partner).
 */
const newRowsOnCreate: FieldHook = ({ value, operation }) =>
  operation === 'create' && Array.isArray(value) ? value.map(({ id: _id, ...row }: { id?: unknown }) => row) : value;

/**
 * What differs from one council to the next and the shared pages show through the partner blocks: the weekly
 * allowances and fees, the support offer and the local groups. The partner's own staff keep these up to date (no
 * admin-only rule here), so a council's rates change without marketing or a developer.
 */
export const localDataFields: Field[] = [
  {
    name: 'allowances',
    label: 'Allowances and fees',
    type: 'group',
    admin: {
      description:
        'Weekly payments to carers by the child’s age, shown by the “Allowances and fees table” block on pages.',
    },
    fields: [
      {
        name: 'appliesFrom',
        label: 'These rates apply from',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly' } },
        // A table of rates with no date cannot tell a carer whether it is this year's.
        validate: (value: unknown, { siblingData }: { siblingData: { bands?: unknown[] } }) =>
          !value && (siblingData.bands?.length ?? 0) > 0 ? 'Enter the date these rates apply from' : true,
      },
      {
        name: 'bands',
        label: 'Age bands',
        type: 'array',
        labels: { singular: 'Age band', plural: 'Age bands' },
        hooks: { beforeChange: [newRowsOnCreate] },
        fields: [
          {
            name: 'ageBand',
            label: 'Child’s age',
            type: 'text',
            // Words as well as figures ("16 and over"): a Welsh page says them in Welsh. The rates are the same in both.
            localized: true,
            required: true,
            maxLength: 40,
            admin: { description: 'e.g. "0 to 4" or "16 and over".' },
          },
          {
            name: 'weeklyAllowance',
            label: 'Weekly allowance (£)',
            type: 'number',
            required: true,
            min: 0,
            max: 5000,
            admin: { description: 'For the child’s food, clothes, travel and activities.' },
          },
          {
            name: 'weeklyFee',
            label: 'Weekly fee (£)',
            type: 'number',
            min: 0,
            max: 5000,
            admin: { description: 'The carer’s fee for their time and skill, if paid on top.' },
          },
        ],
      },
      {
        name: 'note',
        type: 'textarea',
        localized: true,
        maxLength: 500,
        admin: { description: 'Shown under the table, e.g. extra payments for birthdays and holidays.' },
      },
    ],
  },
  {
    name: 'supportOffer',
    type: 'textarea',
    localized: true,
    admin: {
      description:
        'The support carers get: a supervising social worker, training, out-of-hours help. Blank lines separate paragraphs.',
    },
  },
  {
    name: 'localGroups',
    type: 'array',
    labels: { singular: 'Local group', plural: 'Local groups' },
    hooks: { beforeChange: [newRowsOnCreate] },
    admin: { description: 'Support groups and carers’ meet-ups near this council.' },
    fields: [
      { name: 'name', type: 'text', required: true, localized: true },
      {
        name: 'meets',
        type: 'text',
        localized: true,
        admin: { description: 'When and where, e.g. "Second Tuesday of the month, Brierley Hill library".' },
      },
      { name: 'description', type: 'textarea', localized: true },
    ],
  },
];
