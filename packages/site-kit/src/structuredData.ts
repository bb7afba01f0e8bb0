import type { EventEntry, FaqEntry, PartnerEntry } from '@bfp/content';

/**
 * schema.org structured data (JSON-LD) for search engines, from the same records the pages render. Every function
 * is pure and takes absolute URLs: the pages know their partner's domain (canonicalUrl), this module does not.
 * The shapes follow Google's structured data guidelines for Organization, Event, FAQPage and BreadcrumbList, which
 * are stricter than schema.org itself (an Event without a location is not eligible, for one).
 */

const CONTEXT = 'https://schema.org';

/** One schema.org node. Nodes nested inside another carry no @context. */
export interface JsonLd {
  '@context'?: typeof CONTEXT;
  '@type': string;
  [property: string]: unknown;
}

type OrganisationPartner = Pick<PartnerEntry, 'kind' | 'name'>;

// A council is a public body; the partnership itself is not, and Google treats GovernmentOrganization as a subtype.
const organisationType = (partner: OrganisationPartner) =>
  partner.kind === 'council' ? 'GovernmentOrganization' : 'Organization';

/** The same @id on every page lets search engines join the home page's full record with events' organiser. */
const organisationId = (siteUrl: string) => `${siteUrl}#organisation`;

// Full UK postcodes only (outward and inward code); anything else stays in the street address.
const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\s*$/i;

/**
 * An address typed into one box (a partner's address, an event's venue) as a PostalAddress: Google expects one, not
 * text. Only the postcode can be told apart reliably, so the rest stays together as the street address.
 */
export function postalAddress(text: string): JsonLd {
  const lines = text
    .split(/\n|,/)
    .map((line) => line.trim())
    .filter(Boolean);
  const postcode = UK_POSTCODE.exec(lines.at(-1) ?? '');
  if (postcode) {
    const rest = lines.at(-1)!.slice(0, postcode.index).trim();
    lines.splice(-1, 1, ...(rest ? [rest] : []));
  }
  return {
    '@type': 'PostalAddress',
    streetAddress: lines.join(', '),
    ...(postcode && { postalCode: postcode[1]!.toUpperCase() }),
    addressCountry: 'GB',
  };
}

/** The partner as the site's organisation, for its home page. `logoUrl` is null when the site serves no logo file. */
export function organisationJsonLd({
  partner,
  siteUrl,
  logoUrl,
}: {
  partner: OrganisationPartner & Pick<PartnerEntry, 'contact'>;
  siteUrl: string;
  logoUrl: string | null;
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': organisationType(partner),
    '@id': organisationId(siteUrl),
    name: partner.name,
    url: siteUrl,
    ...(logoUrl && { logo: logoUrl }),
    telephone: partner.contact.phone,
    email: partner.contact.email,
    ...(partner.contact.address && { address: postalAddress(partner.contact.address) }),
  };
}

/** Every question and answer of a page in one FAQPage: Google reads only one per page. */
export function faqPageJsonLd(faqs: Array<Pick<FaqEntry, 'question' | 'answer'>>): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  };
}

/** Where an event happens, or null when nothing says where (an in-person event with no venue and no partner address). */
function eventLocation({ event, partner, bookingUrl, pageUrl }: EventJsonLdInput): JsonLd | null {
  if (event.format === 'online') {
    // Google requires a URL for a virtual location. The join link is not it: the pages do not publish it either
    // (people join through booking), so the booking page, or else the page listing the event, stands for it.
    return { '@type': 'VirtualLocation', url: bookingUrl ?? pageUrl };
  }
  if (event.venue)
    return { '@type': 'Place', name: event.venue.split(/\n|,/)[0]!.trim(), address: postalAddress(event.venue) };
  if (partner.contact.address)
    return { '@type': 'Place', name: partner.name, address: postalAddress(partner.contact.address) };
  return null;
}

export interface EventJsonLdInput {
  event: Pick<EventEntry, 'title' | 'summary' | 'startsAt' | 'endsAt' | 'format' | 'venue'>;
  /** The site's partner, named as the organiser: the site is where people book with it. */
  partner: OrganisationPartner & Pick<PartnerEntry, 'contact'>;
  siteUrl: string;
  /** The page listing the event. */
  pageUrl: string;
  /** The links as the page may render them (already checked by @bfp/links), or null. */
  bookingUrl: string | null;
}

/** An information event, or null when it has no location a search engine would accept (then it is left out). */
export function eventJsonLd(input: EventJsonLdInput): JsonLd | null {
  const { event, partner, siteUrl, bookingUrl } = input;
  const location = eventLocation(input);
  if (!location) return null;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.startsAt,
    ...(event.endsAt && { endDate: event.endsAt }),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode:
      event.format === 'online'
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
    location,
    organizer: { '@type': organisationType(partner), '@id': organisationId(siteUrl), name: partner.name, url: siteUrl },
    ...(bookingUrl && { url: bookingUrl }),
  };
}

/** The breadcrumbs a page shows, in order, the last being the page itself. */
export function breadcrumbListJsonLd(crumbs: Array<{ name: string; url: string }>): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">`. The HTML parser ends a script at the first `</script` whatever
 * the JSON says (and `<!--` changes how it reads on), so every `<` is written as the JSON escape \u003c, which
 * JSON parsers read back as `<`.
 */
export function jsonLdScriptText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
