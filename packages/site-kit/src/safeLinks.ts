import { safeHref } from '@bfp/links';
import { localSitesOrigin } from 'virtual:bfp-site-kit/config';

/**
 * http://localhost… links render only in a build made to be served on this machine (LOCAL_SITES_ORIGIN set, as the
 * local stack and the tests set it), where the CMS that accepted them was not production either. A production
 * build renders https:// links alone.
 */
export const allowLocalhostLinks = localSitesOrigin !== null;

/** The href to render for a link from the CMS, or null: then the page shows no link (see @bfp/links' safeHref). */
export const siteHref = (href: string | null | undefined): string | null =>
  safeHref(href, { allowLocalhost: allowLocalhostLinks });
