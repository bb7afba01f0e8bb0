import type { Payload } from 'payload';
import { checkBrandContrast, nearestPassingShade, WHITE, AA_TEXT } from '@bfp/brand';
import { ensureMedia, wordmarkSvg } from './media.ts';

/**
 * Plausible made-up councils for benchmarks and scale tests: invented place names, brand colours that pass the
 * partnership's contrast rules, their own postcode districts (in the unused "ZZ" area, so they never take a real
 * carer's postcode), sample contact details on example domains.
 */
const FIRST = [
  'Amber',
  'Bracken',
  'Castle',
  'Dun',
  'Elm',
  'Fen',
  'Glen',
  'Harrow',
  'Ivy',
  'Juniper',
  'Kings',
  'Larch',
  'Mill',
  'North',
  'Oak',
  'Penn',
  'Queens',
  'Red',
  'Stone',
  'Thorn',
  'Under',
  'Wolds',
  'Yew',
  'Ash',
  'Birch',
];
const SECOND = [
  'ford',
  'mere',
  'holm',
  'worth',
  'wick',
  'bury',
  'dale',
  'bridge',
  'cross',
  'mead',
  'field',
  'brook',
  'cote',
  'hurst',
  'ington',
  'water',
];
const ACCENTS = ['#f2b705', '#85c79a', '#f4a259', '#9ad1d4', '#e9c46a', '#b5e48c'];

/** A made-up council; a `bilingual` one's site is in English and Welsh (its home page and shared content are). */
export function syntheticPartner(index: number, { bilingual = false } = {}) {
  const place = `${FIRST[index % FIRST.length]}${SECOND[Math.floor(index / FIRST.length) % SECOND.length]}`;
  const slug = `${place.toLowerCase()}-${index}`;
  // Spread hues around the wheel, then darken until white text and links pass AA on every theme surface.
  const hue = (index * 47) % 360;
  let primary = nearestPassingShade(hslToHex(hue, 55, 30), WHITE, AA_TEXT) ?? '#1d4f6e';
  const accent = ACCENTS[index % ACCENTS.length]!;
  if (checkBrandContrast({ primaryColour: primary, accentColour: accent }).length) primary = '#1d4f6e';
  return {
    name: `${place} Borough Council`,
    shortName: place,
    slug,
    kind: 'council' as const,
    active: true,
    brand: { primaryColour: primary, accentColour: accent },
    coBranding: { agency: 'National Fostering Group', alsoWith: [] as string[] },
    contact: {
      phone: '01632 960 300',
      email: `fostering@${slug}.example.org`,
      officeHours: 'Monday to Friday, 9am to 5pm',
      opensAt: '09:00',
      closesAt: '17:00',
    },
    siteDomain: `fostering.${slug}.example.org`,
    // Outward codes in the unused Z areas: ZZ1–ZZ99, then ZY1–ZY99, …
    postcodeDistricts: [`Z${'ZYXWV'[Math.floor(index / 99)]}${(index % 99) + 1}`],
    privacy: { dataControllerName: `${place} Borough Council`, noticeVersion: '2026-11', retentionMonths: 24 },
    theme: index % 2 ? ('warm' as const) : ('civic' as const),
    typeface: 'system-sans' as const,
    languages: (bilingual ? ['en', 'cy'] : ['en']) as Array<'en' | 'cy'>,
  };
}

/**
 * Adds synthetic partners until there are `count` of them (idempotent), the first `bilingual` of them in English and
 * Welsh. Never triggers site rebuilds.
 */
export async function addSyntheticPartners(payload: Payload, count: number, bilingual = 0): Promise<string[]> {
  const created: string[] = [];
  for (let index = 0; index < count; index++) {
    const partner = syntheticPartner(index, { bilingual: index < bilingual });
    const existing = await payload.find({
      collection: 'partners',
      where: { slug: { equals: partner.slug } },
      limit: 1,
      depth: 0,
    });
    if (existing.docs[0]) continue;
    const logo = await ensureMedia(payload, {
      filename: `${partner.slug}-logo.svg`,
      alt: partner.name,
      render: wordmarkSvg({ name: partner.shortName, colour: partner.brand.primaryColour }),
    });
    await payload.create({ collection: 'partners', data: { ...partner, logo }, context: { disableRebuild: true } });
    created.push(partner.slug);
  }
  return created;
}

function hslToHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
