import { describe, expect, it } from 'vitest';
import {
  breadcrumbListJsonLd,
  eventJsonLd,
  faqPageJsonLd,
  jsonLdScriptText,
  organisationJsonLd,
  postalAddress,
  type EventJsonLdInput,
} from '../src/structuredData.ts';

const SITE = 'https://fostering.dudley.example.org/';
const council = {
  kind: 'council' as const,
  name: 'Dudley Metropolitan Borough Council',
  contact: {
    phone: '01632 960 202',
    email: 'fostering@dudley.example.org',
    officeHours: null,
    address: 'Council House\nPriory Road\nDudley DY1 1HF',
  },
};

const event = (overrides: Partial<EventJsonLdInput['event']> = {}, input: Partial<EventJsonLdInput> = {}) =>
  eventJsonLd({
    event: {
      title: 'Drop-in',
      summary: 'Tea and a chat.',
      startsAt: '2026-12-09T18:00:00.000Z',
      endsAt: '2026-12-09T19:00:00.000Z',
      format: 'in-person',
      venue: 'Sample venue, Dudley town centre',
      ...overrides,
    },
    partner: council,
    siteUrl: SITE,
    pageUrl: SITE,
    bookingUrl: null,
    ...input,
  });

describe('structured data for search engines', () => {
  it('describes a council as a GovernmentOrganization on its own domain, with its contact details and address', () => {
    expect(organisationJsonLd({ partner: council, siteUrl: SITE, logoUrl: `${SITE}_astro/logo.png` })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      '@id': `${SITE}#organisation`,
      name: 'Dudley Metropolitan Borough Council',
      url: SITE,
      logo: `${SITE}_astro/logo.png`,
      telephone: '01632 960 202',
      email: 'fostering@dudley.example.org',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Council House, Priory Road, Dudley',
        postalCode: 'DY1 1HF',
        addressCountry: 'GB',
      },
    });
  });

  it('describes the partnership as a plain Organization and leaves out a logo or address it does not have', () => {
    const data = organisationJsonLd({
      partner: { ...council, kind: 'partnership', contact: { ...council.contact, address: null } },
      siteUrl: SITE,
      logoUrl: null,
    });
    expect(data['@type']).toBe('Organization');
    expect(data).not.toHaveProperty('logo');
    expect(data).not.toHaveProperty('address');
  });

  it('keeps an address without a recognisable postcode whole', () => {
    expect(postalAddress('Sample venue, Stafford town centre')).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Sample venue, Stafford town centre',
      addressCountry: 'GB',
    });
    expect(postalAddress('Stafford ST16 3AA')).toMatchObject({ streetAddress: 'Stafford', postalCode: 'ST16 3AA' });
  });

  it('lists every FAQ as a question with its accepted answer', () => {
    expect(faqPageJsonLd([{ question: 'Can I foster if I rent?', answer: 'Yes.' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Can I foster if I rent?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } },
      ],
    });
  });

  it('places an in-person event at its venue, organised by the partner, with its booking link', () => {
    expect(event({}, { bookingUrl: 'https://events.example.org/book' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Drop-in',
      description: 'Tea and a chat.',
      startDate: '2026-12-09T18:00:00.000Z',
      endDate: '2026-12-09T19:00:00.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Sample venue',
        address: { '@type': 'PostalAddress', streetAddress: 'Sample venue, Dudley town centre', addressCountry: 'GB' },
      },
      organizer: {
        '@type': 'GovernmentOrganization',
        '@id': `${SITE}#organisation`,
        name: 'Dudley Metropolitan Borough Council',
        url: SITE,
      },
      url: 'https://events.example.org/book',
    });
  });

  it('gives an in-person event without a venue the partner’s address, and leaves it out when there is none', () => {
    expect(event({ venue: null })!.location).toMatchObject({
      '@type': 'Place',
      name: council.name,
      address: { postalCode: 'DY1 1HF' },
    });
    expect(
      event({ venue: null }, { partner: { ...council, contact: { ...council.contact, address: null } } }),
    ).toBeNull();
  });

  it('gives an online event a virtual location: its booking link, else the page listing it, never the join link the pages keep back', () => {
    const online = (input: Partial<EventJsonLdInput>) =>
      event({ format: 'online', venue: null }, { pageUrl: `${SITE}events/`, ...input })!;
    expect(online({ bookingUrl: 'https://book.example.org/' }).location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://book.example.org/',
    });
    expect(online({}).location).toEqual({ '@type': 'VirtualLocation', url: `${SITE}events/` });
    expect(online({}).eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  });

  it('leaves out an end date the event does not have', () => {
    expect(event({ endsAt: null })).not.toHaveProperty('endDate');
  });

  it('numbers the breadcrumbs from 1, in the order shown', () => {
    expect(
      breadcrumbListJsonLd([
        { name: 'Home', url: SITE },
        { name: 'Privacy notice', url: `${SITE}privacy/` },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: SITE },
      { '@type': 'ListItem', position: 2, name: 'Privacy notice', item: `${SITE}privacy/` },
    ]);
  });

  it('writes JSON that cannot end the script element it sits in, and parses back to the same data', () => {
    const data = faqPageJsonLd([
      { question: 'What about </script><script>alert(1)</script>?', answer: '<!-- a comment' },
    ]);
    const text = jsonLdScriptText(data);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(data);
  });
});
