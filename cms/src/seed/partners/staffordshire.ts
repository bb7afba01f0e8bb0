import { wordmarkSvg, type SeedImage } from '../media.ts';

export const staffordshireLogo: SeedImage = {
  filename: 'staffordshire-logo.svg',
  alt: 'Staffordshire County Council',
  render: wordmarkSvg({ name: 'Staffordshire', colour: '#1d4f6e' }),
};

/** Sample record: contact details use Ofcom's drama numbers and example domains, not the council's real ones. */
export const staffordshire = {
  name: 'Staffordshire County Council',
  shortName: 'Staffordshire',
  slug: 'staffordshire',
  kind: 'council' as const,
  active: true,
  brand: { primaryColour: '#1d4f6e', accentColour: '#f2b705' },
  coBranding: { agency: 'National Fostering Group', alsoWith: ['The Big Issue'] },
  contact: { phone: '01632 960 101', email: 'fostering@staffordshire.example.org', officeHours: 'Monday to Friday, 9am to 5pm', opensAt: '09:00', closesAt: '17:00' },
  // Sample figures, said so on the page, until the council gives its own.
  allowances: {
    appliesFrom: '2026-04-01T00:00:00.000Z',
    bands: [
      { ageBand: '0 to 10', weeklyAllowance: 190, weeklyFee: 275 },
      { ageBand: '11 to 17', weeklyAllowance: 240, weeklyFee: 475 },
    ],
    note: 'Sample figures for this demonstration site, not Staffordshire’s real rates.',
  },
  supportOffer: 'Every carer has a supervising social worker and a buddy who has fostered for years, with training through the year.',
  siteDomain: 'fostering.staffordshire.example.org',
  postcodeDistricts: ['ST1', 'ST2', 'ST3', 'ST4', 'ST5', 'ST6', 'ST7', 'ST8', 'ST9', 'ST10', 'ST11', 'ST12', 'ST13', 'ST14', 'ST15', 'ST16', 'ST17', 'ST18', 'ST19', 'ST20', 'ST21', 'WS7', 'WS11', 'WS12', 'WS13', 'WS14', 'WS15', 'DE13', 'DE14', 'DE15', 'B77', 'B78', 'B79'],
  privacy: { dataControllerName: 'Staffordshire County Council', noticeVersion: '2026-11', retentionMonths: 24 },
  theme: 'civic' as const,
  typeface: 'system-sans' as const,
};
