import { wordmarkSvg, type SeedImage } from '../media.ts';

export const partnershipLogo: SeedImage = {
  filename: 'big-fostering-partnership-logo.svg',
  alt: 'The Big Fostering Partnership',
  render: wordmarkSvg({ name: 'Big Fostering', colour: '#2b2d6e' }),
};

/**
 * The partnership's own (umbrella) site. It covers no postcode districts itself: it routes visitors to the council
 * that covers them, and enquiries from outside every council's area stay with the agency, its data controller.
 */
export const bigFosteringPartnership = {
  name: 'The Big Fostering Partnership',
  shortName: 'Big Fostering Partnership',
  slug: 'big-fostering-partnership',
  kind: 'partnership' as const,
  active: true,
  brand: { primaryColour: '#2b2d6e', accentColour: '#ffd166' },
  theme: 'warm' as const,
  typeface: 'system-sans' as const,
  coBranding: {
    agency: 'National Fostering Group',
    alsoWith: ['Staffordshire County Council', 'Dudley Metropolitan Borough Council', 'The Big Issue'],
  },
  contact: {
    phone: '01632 960 000',
    email: 'hello@bigfosteringpartnership.example.org',
    officeHours: 'Monday to Friday, 9am to 5pm',
    opensAt: '09:00',
    closesAt: '17:00',
  },
  siteDomain: 'bigfosteringpartnership.example.org',
  postcodeDistricts: [] as string[],
  privacy: { dataControllerName: 'National Fostering Group', noticeVersion: '2026-11', retentionMonths: 24 },
};
