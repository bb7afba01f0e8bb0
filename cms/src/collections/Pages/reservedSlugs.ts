import { SITE_PATH_SEGMENTS } from '@bfp/eligibility';

/**
 * A page lives at /<slug>/ on every site it is shown on (/cy/<slug>/ in Welsh), beside the addresses site-kit gives
 * every site itself. These are the path segments of those in every language (site-kit's ROUTES; its test checks that
 * this list covers them), so a page can never take the checker's or the stories' address, nor the Welsh site's /cy/.
 * site-kit also leaves out any page that has one.
 */
export const RESERVED_PAGE_SLUGS = [...new Set(['find', '404', ...SITE_PATH_SEGMENTS])];

export function reservedPageSlugProblem(slug: string): string | null {
  return (RESERVED_PAGE_SLUGS as readonly string[]).includes(slug)
    ? `"${slug}" is already an address on every site (/${slug}/). Choose another slug for this page.`
    : null;
}
