/**
 * A council's site as the examples render the blocks on it: its partner record and the stories, FAQs and events it
 * shows, as the content loader gives them (site-kit's render test checks them with the content schemas).
 */
export const EXAMPLE_SITE = {
  partner: {
    slug: 'dudley',
    name: 'Dudley Council',
    shortName: 'Dudley',
    logo: {
      src: 'http://localhost:3000/api/media/file/dudley-logo.png',
      alt: 'Dudley Council',
      width: 240,
      height: 96,
    },
    brand: { primaryColour: '#1d4f91', accentColour: '#f2c12e' },
    coBranding: { agency: 'The Big Fostering Partnership', alsoWith: [] as string[] },
    contact: {
      phone: '01384 815 373',
      email: 'fostering@dudley.example',
      officeHours: 'Monday to Friday, 9am to 5pm' as string | null,
      address: 'Council House\nPriory Road\nDudley DY1 1HF' as string | null,
    },
    siteDomain: 'fostering.dudley.example',
    postcodeDistricts: ['DY1', 'DY2'],
    privacy: { dataControllerName: 'Dudley Council', noticeVersion: '2026-11', noticeUrl: null, retentionMonths: 12 },
    localOffer:
      'Every carer gets a supervising social worker.\n\nWe pay for a family membership of the leisure centres.',
    allowances: {
      appliesFrom: '2026-04-06T00:00:00.000Z' as string | null,
      bands: [
        { ageBand: '0 to 4', weeklyAllowance: 226, weeklyFee: 150.5 as number | null },
        { ageBand: '5 to 10', weeklyAllowance: 258.4, weeklyFee: null as number | null },
      ],
      note: 'Paid every four weeks.' as string | null,
    },
    supportOffer: 'A carer’s helpline, day and night.',
    localGroups: [
      {
        name: 'Brierley Hill carers’ coffee morning',
        meets: 'First Tuesday of the month' as string | null,
        description: 'Bring the little ones.' as string | null,
      },
    ],
    kind: 'council' as const,
    theme: 'civic' as const,
    typeface: 'system-sans' as const,
    languages: ['en'] as Array<'en' | 'cy'>,
    texts: {},
  },
  stories: [
    {
      slug: 'a-room-of-her-own',
      title: 'A room of her own',
      summary: 'How a teenager moved from a children’s home to a family in Sedgley.',
      bodyHtml: '<p>Story.</p>',
      image: {
        src: 'http://localhost:3000/api/media/file/room-card.png',
        alt: 'A bedroom',
        width: 800,
        height: 533,
      } as { src: string; alt: string; width?: number; height?: number } | null,
      shownOn: 'all' as const,
      isSample: true,
      updatedAt: '2026-12-01T00:00:00.000Z',
      language: 'en' as const,
      writtenIn: ['en' as const],
      translations: { en: 'a-room-of-her-own' },
    },
    {
      slug: 'step-by-step',
      title: 'Step by step',
      summary: 'Two brothers, one home.',
      bodyHtml: '<p>Story.</p>',
      image: null,
      shownOn: 'all' as const,
      isSample: true,
      updatedAt: '2026-11-01T00:00:00.000Z',
      language: 'en' as const,
      writtenIn: ['en' as const],
      translations: { en: 'step-by-step' },
    },
  ],
  faqs: [
    {
      id: '1',
      question: 'Can I foster if I rent my home?',
      answer: 'Yes: what matters is a spare bedroom.',
      order: 1,
      shownOn: 'all' as const,
      language: 'en' as const,
      writtenIn: ['en' as const],
    },
    {
      id: '2',
      question: 'Do I need to be married?',
      answer: 'No. Single people foster too.',
      order: 2,
      shownOn: 'all' as const,
      language: 'en' as const,
      writtenIn: ['en' as const],
    },
  ],
  events: [
    {
      title: 'Information evening',
      summary: 'Meet carers and the team.',
      startsAt: '2027-01-12T18:00:00.000Z',
      endsAt: '2027-01-12T19:30:00.000Z' as string | null,
      format: 'in-person' as 'in-person' | 'online',
      venue: 'Dudley Council House' as string | null,
      onlineLink: null as string | null,
      bookingUrl: 'https://fostering.dudley.example/book' as string | null,
      shownOn: 'all' as const,
      language: 'en' as const,
      writtenIn: ['en' as const],
    },
  ],
};

export type ExampleSite = typeof EXAMPLE_SITE;

/** The same council before it has filled in its own data: the partner blocks show their fallback text. */
export const EXAMPLE_SITE_WITHOUT_PARTNER_DATA: Partial<ExampleSite> = {
  partner: {
    ...EXAMPLE_SITE.partner,
    contact: { ...EXAMPLE_SITE.partner.contact, officeHours: null, address: null },
    localOffer: '',
    supportOffer: '',
    localGroups: [],
    allowances: { appliesFrom: null, bands: [], note: null },
  },
};
