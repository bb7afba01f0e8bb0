import fs from 'node:fs';
import path from 'node:path';

/**
 * A partner's site folder is `<sitesRoot>/<slug>` with an Astro config in it: the same test for the publisher, which
 * builds a site from its folder when it has one, and for `npm start`, which lists the sites it serves.
 */
export const hasSiteFolder = (sitesRoot: string, slug: string): boolean =>
  fs.existsSync(path.join(sitesRoot, slug, 'astro.config.ts'));

/** Every partner site folder under `sitesRoot`, by slug, sorted. */
export function listSiteFolders(sitesRoot: string): string[] {
  if (!fs.existsSync(sitesRoot)) return [];
  return fs
    .readdirSync(sitesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && hasSiteFolder(sitesRoot, entry.name))
    .map((entry) => entry.name)
    .sort();
}

export interface SiteFolderCheck {
  /** Site folders with no active partner in the CMS: nothing is built or served from them. */
  foldersWithoutPartner: string[];
  /** Active partners with no site folder: built from the CMS record alone, but with no preview and no pages of their own. */
  partnersWithoutFolder: string[];
  /** One message per kind of disagreement, written for whoever looks after the sites: what is wrong, what to do. */
  warnings: string[];
}

const quoted = (slugs: readonly string[]) => slugs.map((slug) => `"${slug}"`);

function inWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/**
 * Compares the site folders with the partners the CMS has active. Either side can drift on its own: a folder is added
 * in the repository, a partner is added, switched off or renamed in the admin. Nothing here stops a start or a
 * build, because every site that does agree should still go live; the warnings say how to bring the two back in line.
 * `sitesDir` is how the folder is named in the messages (the repository's `sites` unless a benchmark has its own).
 */
export function compareSiteFolders({
  siteFolders,
  activePartners,
  sitesDir = 'sites',
}: {
  siteFolders: readonly string[];
  activePartners: readonly string[];
  sitesDir?: string;
}): SiteFolderCheck {
  const active = new Set(activePartners);
  const folders = new Set(siteFolders);
  const foldersWithoutPartner = [...folders].filter((slug) => !active.has(slug)).sort();
  const partnersWithoutFolder = [...active].filter((slug) => !folders.has(slug)).sort();
  const warnings: string[] = [];

  if (foldersWithoutPartner.length === 1) {
    const [slug] = foldersWithoutPartner;
    warnings.push(
      `${sitesDir}/${slug} has no active partner in the CMS, so no site is built from it. If the council is joining, add a partner with slug "${slug}" in the admin (Partners → Create new), or tick "Active" on its record; if not, delete the folder ${sitesDir}/${slug} and run \`npm install\`.`,
    );
  } else if (foldersWithoutPartner.length > 1) {
    warnings.push(
      `${inWords(foldersWithoutPartner.map((slug) => `${sitesDir}/${slug}`))} have no active partner in the CMS, so no site is built from them. For each council that is joining, add a partner with the folder's name as its slug in the admin (Partners → Create new), or tick "Active" on its record; delete the folders of the others and run \`npm install\`.`,
    );
  }

  if (partnersWithoutFolder.length === 1) {
    const [slug] = partnersWithoutFolder;
    warnings.push(
      `Partner "${slug}" is active in the CMS but has no site folder (${sitesDir}/${slug}). Its site is still built from its CMS record, but it cannot be previewed or have pages of its own: run \`npm run new-site -- ${slug}\` to add the folder.`,
    );
  } else if (partnersWithoutFolder.length > 1) {
    warnings.push(
      `Partners ${inWords(quoted(partnersWithoutFolder))} are active in the CMS but have no site folder in ${sitesDir}/. Their sites are still built from their CMS records, but cannot be previewed or have pages of their own: run \`npm run new-site -- <slug>\` for each to add its folder.`,
    );
  }

  return { foldersWithoutPartner, partnersWithoutFolder, warnings };
}
