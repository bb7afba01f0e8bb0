import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const outDirs = inject('siteOutDirs');
const read = (slug: string, page: string) => fs.readFileSync(path.join(outDirs[slug]!, page), 'utf8');

type Node = Record<string, any>;

/** The raw text of every JSON-LD data block on a page. */
const jsonLdTexts = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
/** Every schema.org node on the page, top-level arrays flattened. */
const jsonLd = (html: string): Node[] => jsonLdTexts(html).flatMap((text) => JSON.parse(text));
const ofType = (nodes: Node[], type: string) => nodes.filter((node) => node['@type'] === type);
const decode = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The visible breadcrumbs as the reader gets them: each item's text, its link (if any) and whether it is marked current. */
function visibleBreadcrumbs(html: string) {
  const nav = /<nav class="breadcrumbs" aria-label="Breadcrumb">([\s\S]*?)<\/nav>/.exec(html)?.[1];
  if (!nav) return null;
  expect(nav).toMatch(/^<ol class="breadcrumbs__list">/);
  return [...nav.matchAll(/<li class="breadcrumbs__item"( aria-current="page")?>([\s\S]*?)<\/li>/g)].map(
    ([, current, inner]) => {
      const link = /^<a class="breadcrumbs__link" href="([^"]*)">([\s\S]*)<\/a>$/.exec(inner!.trim());
      return { name: decode((link ? link[2]! : inner!).trim()), href: link?.[1] ?? null, current: Boolean(current) };
    },
  );
}

describe('structured data and breadcrumbs in the built sites', () => {
  it("describes a council's home page for search engines: the council, its events and its FAQs", () => {
    const html = read('dudley', 'index.html');
    const nodes = jsonLd(html);
    for (const node of nodes) expect(node['@context']).toBe('https://schema.org');

    const [organisation, ...moreOrganisations] = ofType(nodes, 'GovernmentOrganization');
    expect(moreOrganisations).toEqual([]);
    expect(organisation).toMatchObject({
      '@id': 'https://fostering.dudley.example.org/#organisation',
      name: 'Dudley Metropolitan Borough Council',
      url: 'https://fostering.dudley.example.org/',
      telephone: '01632 960 202',
      email: 'fostering@dudley.example.org',
    });
    // The seeded logos are inlined SVGs: the site has no file of them to name (see site-kit's organisationLogoHref).
    expect(organisation).not.toHaveProperty('logo');

    const faqPages = ofType(nodes, 'FAQPage');
    expect(faqPages).toHaveLength(1);
    expect(faqPages[0]!.mainEntity).toContainEqual({
      '@type': 'Question',
      name: 'Can I foster if I rent my home?',
      acceptedAnswer: { '@type': 'Answer', text: expect.any(String) },
    });

    const events = ofType(nodes, 'Event');
    // One Event per event on the page (other suites may publish more to the shared stack), the seeded two among them.
    const listed = [...html.matchAll(/<li class="event" data-testid="event"><h3>([\s\S]*?)<\/h3>/g)].map((m) =>
      decode(m[1]!),
    );
    expect(events.map((event) => event.name).sort()).toEqual(listed.sort());
    expect(listed).toEqual(
      expect.arrayContaining(['Fostering drop-in, Dudley', 'Online information evening: Step Down fostering']),
    );
    const organizer = {
      '@type': 'GovernmentOrganization',
      '@id': organisation!['@id'],
      name: organisation!.name,
      url: organisation!.url,
    };
    for (const event of events) {
      expect(event.organizer).toEqual(organizer);
      expect(Number.isNaN(Date.parse(event.startDate))).toBe(false);
      // An event published without an end time has no endDate rather than a made-up one.
      if ('endDate' in event) expect(Date.parse(event.endDate)).toBeGreaterThan(Date.parse(event.startDate));
    }
    const dropIn = events.find((event) => event.name === 'Fostering drop-in, Dudley')!;
    expect(Date.parse(dropIn.endDate)).toBeGreaterThan(Date.parse(dropIn.startDate));
    expect(dropIn.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(dropIn.location).toMatchObject({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', streetAddress: 'Sample venue, Dudley town centre' },
    });
    const online = events.find((event) => event.name.startsWith('Online information evening'))!;
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    // The join link stays off the page and out of its data: people join through booking.
    expect(online.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://events.example.org/bfp-information-evening/book',
    });
    expect(online.url).toBe('https://events.example.org/bfp-information-evening/book');

    // The home page is the top of the trail: no breadcrumbs.
    expect(visibleBreadcrumbs(html)).toBeNull();
    expect(ofType(nodes, 'BreadcrumbList')).toEqual([]);
  });

  it("describes the partnership's home page as an Organization, not a government one", () => {
    const nodes = jsonLd(read('big-fostering-partnership', 'index.html'));
    expect(ofType(nodes, 'GovernmentOrganization')).toEqual([]);
    expect(ofType(nodes, 'Organization')).toEqual([
      expect.objectContaining({
        name: 'The Big Fostering Partnership',
        url: 'https://bigfosteringpartnership.example.org/',
      }),
    ]);
  });

  it('writes no "<" inside any JSON-LD, so none can end its script early', () => {
    for (const [slug, page] of [
      ['dudley', 'index.html'],
      ['staffordshire', 'index.html'],
      ['dudley', 'stories/tegans-story/index.html'],
    ] as const) {
      for (const text of jsonLdTexts(read(slug, page))) expect(text).not.toContain('<');
    }
  });

  it.each([
    ['step-down-fostering/index.html', 'Step Down fostering', '/step-down-fostering/'],
    ['stories/tegans-story/index.html', 'Tegan’s story', '/stories/tegans-story/'],
    ['check/index.html', 'Check if you could foster', '/check/'],
    ['privacy/index.html', 'Privacy notice', '/privacy/'],
    ['accessibility/index.html', 'Accessibility statement', '/accessibility/'],
  ])('%s: shows Home, then the page as current, and gives search engines the same trail', (page, name, pagePath) => {
    const html = read('dudley', page);
    const visible = visibleBreadcrumbs(html);
    expect(visible).toEqual([
      { name: 'Home', href: '/', current: false },
      { name, href: null, current: true },
    ]);
    const lists = ofType(jsonLd(html), 'BreadcrumbList');
    expect(lists).toHaveLength(1);
    const origin = 'https://fostering.dudley.example.org';
    expect(lists[0]!.itemListElement).toEqual(
      [
        { name: 'Home', path: '/' },
        { name, path: pagePath },
      ].map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: `${origin}${crumb.path}`,
      })),
    );
    // The trail's last item is the page's own canonical address.
    expect(html).toContain(`<link rel="canonical" href="${origin}${pagePath}">`);
  });

  it('gives the postcode finder’s answer pages breadcrumbs too', () => {
    const dir = outDirs['big-fostering-partnership']!;
    const findPages = fs
      .readdirSync(path.join(dir, 'find'), { recursive: true })
      .filter((file) => String(file).endsWith('index.html'));
    expect(findPages.length).toBeGreaterThan(0);
    for (const file of findPages) {
      const crumbs = visibleBreadcrumbs(fs.readFileSync(path.join(dir, 'find', String(file)), 'utf8'));
      expect(crumbs?.[0], String(file)).toEqual({ name: 'Home', href: '/', current: false });
      expect(crumbs?.at(-1)?.current, String(file)).toBe(true);
    }
  });
});
