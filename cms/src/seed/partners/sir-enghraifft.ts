import { wordmarkSvg, type SeedImage } from '../media.ts';

/**
 * A SAMPLE bilingual (English and Welsh) council, so the Welsh site can be seen and tested: "Sir Enghraifft" means
 * "Example County", and no such council exists. It is modelled on ./dudley.ts. Its English texts are below; its Welsh
 * ones (`sirEnghraifftCy`) are a sample translation, to be checked by a Welsh speaker before launch.
 */
export const sirEnghraifftLogo: SeedImage = {
  filename: 'sir-enghraifft-logo.svg',
  alt: 'Cyngor Sir Enghraifft (sample council)',
  render: wordmarkSvg({ name: 'Sir Enghraifft', colour: '#00543c' }),
};

/**
 * Sample record: the phone number is in Ofcom's drama range for Cardiff (029 2018 0000 to 0999), the domains are
 * example domains, the address is made up and the allowances are sample figures that say so.
 */
export const sirEnghraifft = {
  name: 'Cyngor Sir Enghraifft (sample council)',
  shortName: 'Sir Enghraifft',
  slug: 'sir-enghraifft',
  kind: 'council' as const,
  active: true,
  // White text on the primary and dark text on the accent both pass WCAG 2.2 AA (checkBrandColour in @bfp/brand).
  brand: { primaryColour: '#00543c', accentColour: '#f2c75c' },
  coBranding: { agency: 'National Fostering Group', alsoWith: [] as string[] },
  contact: {
    phone: '029 2018 0202',
    email: 'fostering@sir-enghraifft.example',
    officeHours: 'Monday to Thursday 8.30am to 5pm, Friday to 4.30pm',
    opensAt: '08:30',
    closesAt: '16:30',
    address: 'Fostering team (sample address)\nCounty Hall\nSir Enghraifft',
  },
  localOffer:
    'Sample text. When you foster with us, children can stay close to their school, friends and family wherever possible. We pay a fee on top of the allowance, with a higher fee for Step Down carers, and you can talk to us in Welsh or English at every stage.',
  // Sample figures, said so on the page.
  allowances: {
    appliesFrom: '2026-04-06T00:00:00.000Z',
    bands: [
      { ageBand: '0 to 4', weeklyAllowance: 180, weeklyFee: 260 },
      { ageBand: '5 to 10', weeklyAllowance: 205, weeklyFee: 260 },
      { ageBand: '11 to 15', weeklyAllowance: 232, weeklyFee: 460 },
      { ageBand: '16 and over', weeklyAllowance: 270, weeklyFee: 460 },
    ],
    note: 'Sample figures for this demonstration site, not any council’s real rates. A Step Down fee is paid for children moving from a children’s home.',
  },
  supportOffer:
    'A supervising social worker of your own, Skills to Foster training before approval and more after it, and a phone line out of hours.\n\nYou can have your support, training and meetings in Welsh if you prefer.',
  localGroups: [
    {
      name: 'Sir Enghraifft foster carers’ group (sample)',
      meets: 'First Wednesday of the month, at a sample venue',
      description:
        'Foster carers meet for a cuppa, share ideas and bring questions, in Welsh and English. New carers welcome.',
    },
  ],
  siteDomain: 'maethu.sir-enghraifft.example',
  languages: ['en', 'cy'] as Array<'en' | 'cy'>,
  // Non-geographic postcode districts (used for large organisations' post, with no homes in them), so the checker
  // never sends a real resident to this sample council, nor implies which council serves them.
  postcodeDistricts: ['CF99', 'SA99'],
  privacy: { dataControllerName: 'Cyngor Sir Enghraifft', noticeVersion: '2026-11', retentionMonths: 36 },
  theme: 'civic' as const,
  typeface: 'humanist-sans' as const,
};

/**
 * The Welsh versions of exactly the partner texts that are written in each language (the localized fields: the
 * logo's description, office hours, address, local offer, allowances' age bands and note, support offer, each local group's name,
 * meeting time and description, same count and order, and the privacy notice link, which it does not have).
 */
export const sirEnghraifftCy = {
  logoAlt: 'Cyngor Sir Enghraifft (cyngor enghreifftiol)',
  contact: {
    officeHours: 'Dydd Llun i ddydd Iau 8.30yb i 5yh, dydd Gwener tan 4.30yh',
    address: 'Tîm maethu (cyfeiriad enghreifftiol)\nNeuadd y Sir\nSir Enghraifft',
  },
  localOffer:
    'Testun enghreifftiol. Pan fyddwch yn maethu gyda ni, gall plant aros yn agos at eu hysgol, eu ffrindiau a’u teulu lle bynnag y bo modd. Rydym yn talu ffi ar ben y lwfans, gyda ffi uwch i ofalwyr Camu i Lawr, a gallwch siarad â ni yn Gymraeg neu yn Saesneg ar bob cam.',
  allowances: {
    // The age bands' words, same count and order; the rates are the English ones.
    bands: [{ ageBand: '0 i 4' }, { ageBand: '5 i 10' }, { ageBand: '11 i 15' }, { ageBand: '16 a hŷn' }],
    note: 'Ffigurau enghreifftiol ar gyfer y wefan arddangos hon, nid cyfraddau go iawn unrhyw gyngor. Telir ffi Camu i Lawr am blant sy’n symud o gartref plant.',
  },
  supportOffer:
    'Eich gweithiwr cymdeithasol goruchwyliol eich hun, hyfforddiant Skills to Foster cyn cael eich cymeradwyo a mwy wedyn, a llinell ffôn y tu allan i oriau swyddfa.\n\nGallwch gael eich cymorth, eich hyfforddiant a’ch cyfarfodydd yn Gymraeg os yw’n well gennych.',
  localGroups: [
    {
      name: 'Grŵp gofalwyr maeth Sir Enghraifft (grŵp enghreifftiol)',
      meets: 'Dydd Mercher cyntaf y mis, mewn lleoliad enghreifftiol',
      description:
        'Mae gofalwyr maeth yn cyfarfod am baned, yn rhannu syniadau ac yn dod â’u cwestiynau, yn Gymraeg ac yn Saesneg. Croeso i ofalwyr newydd.',
    },
  ],
  privacy: { noticeUrl: null },
};
