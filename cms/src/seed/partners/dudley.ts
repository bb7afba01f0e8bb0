import { wordmarkSvg, type SeedImage } from '../media.ts';

export const dudleyLogo: SeedImage = {
  filename: 'dudley-logo.svg',
  alt: 'Dudley Metropolitan Borough Council',
  render: wordmarkSvg({ name: 'Dudley', colour: '#6b1d5c' }),
};

/** Sample record: contact details use Ofcom's drama numbers and example domains, not the council's real ones. */
export const dudley = {
  name: 'Dudley Metropolitan Borough Council',
  shortName: 'Dudley',
  slug: 'dudley',
  kind: 'council' as const,
  active: true,
  brand: { primaryColour: '#6b1d5c', accentColour: '#85c79a' },
  coBranding: { agency: 'National Fostering Group', alsoWith: [] as string[] },
  contact: {
    phone: '01632 960 202',
    email: 'fostering@dudley.example.org',
    officeHours: 'Monday to Thursday 8.45am to 5pm, Friday to 4.30pm',
    opensAt: '08:45',
    closesAt: '16:30',
  },
  // Sample figures, said so on the page, until the council gives its own.
  allowances: {
    appliesFrom: '2026-04-06T00:00:00.000Z',
    bands: [
      { ageBand: '0 to 4', weeklyAllowance: 175, weeklyFee: 250 },
      { ageBand: '5 to 10', weeklyAllowance: 199, weeklyFee: 250 },
      { ageBand: '11 to 15', weeklyAllowance: 226, weeklyFee: 450 },
      { ageBand: '16 and over', weeklyAllowance: 264, weeklyFee: 450 },
    ],
    note: 'Sample figures for this demonstration site, not Dudley’s real rates. A Step Down fee is paid for children moving from a children’s home.',
  },
  supportOffer:
    'A supervising social worker of your own, Skills to Foster training before approval and more after it, and a phone line out of hours.',
  localGroups: [
    {
      name: 'Dudley carers’ coffee morning',
      meets: 'Second Tuesday of the month, Brierley Hill',
      description: 'Foster carers meet, swap tips and bring questions. New carers welcome.',
    },
  ],
  siteDomain: 'fostering.dudley.example.org',
  postcodeDistricts: ['DY1', 'DY2', 'DY3', 'DY5', 'DY6', 'DY8', 'DY9', 'B62', 'B63', 'B64', 'B65', 'WV14'],
  privacy: { dataControllerName: 'Dudley Metropolitan Borough Council', noticeVersion: '2026-11', retentionMonths: 36 },
  theme: 'warm' as const,
  typeface: 'verdana' as const,
};
