/**
 * A page lives at /<slug>/ on every site it is shown on, beside the addresses site-kit gives every site itself. These
 * are the first path segments of those (site-kit's ROUTES; its test checks that this list covers them), so a page can
 * never take the checker's or the stories' address. site-kit also leaves out any page that has one.
 */
export const RESERVED_PAGE_SLUGS = ['check', 'stories', 'find', 'privacy', 'accessibility', '404'] as const;

export function reservedPageSlugProblem(slug: string): string | null {
  return (RESERVED_PAGE_SLUGS as readonly string[]).includes(slug)
    ? `"${slug}" is already an address on every site (/${slug}/). Choose another slug for this page.`
    : null;
}
