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
  contact: { phone: '01632 960 202', email: 'fostering@dudley.example.org', officeHours: 'Monday to Thursday 8.45am to 5pm, Friday to 4.30pm', opensAt: '08:45', closesAt: '16:30' },
  siteDomain: 'fostering.dudley.example.org',
  postcodeDistricts: ['DY1', 'DY2', 'DY3', 'DY5', 'DY6', 'DY8', 'DY9', 'B62', 'B63', 'B64', 'B65', 'WV14'],
  privacy: { dataControllerName: 'Dudley Metropolitan Borough Council', noticeVersion: '2026-11', retentionMonths: 36 },
  theme: 'warm' as const,
  typeface: 'verdana' as const,
};
