import { describe, expect, it } from 'vitest';
import { RESERVED_PAGE_SLUGS } from '@bfp/content';
import { ROUTES } from '../src/index.ts';

describe("pages built in the CMS live at /<slug>/ beside the sites' own routes", () => {
  it('every route the sites have is an address the CMS refuses as a page slug', () => {
    const firstSegments = ROUTES.map((route) => route.pattern.split('/')[1]!)
      // "/" is the home page; "/[page]" is the pages themselves; robots.txt and sitemap.xml cannot be slugs (no dots).
      .filter((segment) => segment && !segment.startsWith('[') && !segment.includes('.'));
    for (const segment of new Set(firstSegments)) expect(RESERVED_PAGE_SLUGS, `/${segment}/`).toContain(segment);
  });
});
