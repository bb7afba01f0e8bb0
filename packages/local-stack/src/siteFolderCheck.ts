import path from 'node:path';
import { compareSiteFolders } from '@bfp/publish/site-folders';
import { listSites, repoRoot, sitesRoot as repoSitesRoot } from './repo.ts';

/**
 * `npm start`'s check that the site folders and the CMS's active partners agree, logged as warnings once everything
 * is up. It never stops the start: the sites that agree are served either way, and a CMS that cannot be asked only
 * means the check is skipped, which is said too.
 */
export async function warnAboutSiteFolders({
  cmsUrl,
  sitesRoot = repoSitesRoot,
  warn = console.warn,
}: {
  cmsUrl: string;
  sitesRoot?: string;
  warn?: (line: string) => void;
}): Promise<string[]> {
  let activePartners: string[];
  try {
    const response = await fetch(
      `${cmsUrl}/api/partners?where[active][equals]=true&pagination=false&depth=0&select[slug]=true`,
    );
    if (!response.ok) throw new Error(`the CMS answered ${response.status}`);
    activePartners = ((await response.json()) as { docs: Array<{ slug: string }> }).docs.map((partner) => partner.slug);
  } catch (error) {
    warn(`[start] WARNING: could not compare sites/ with the CMS's active partners (${(error as Error).message}).`);
    return [];
  }
  const relative = path.relative(repoRoot, sitesRoot);
  const { warnings } = compareSiteFolders({
    siteFolders: listSites(sitesRoot),
    activePartners,
    sitesDir: relative && !relative.startsWith('..') ? relative : sitesRoot,
  });
  for (const warning of warnings) warn(`[start] WARNING: ${warning}`);
  return warnings;
}
