import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSiteFolders } from '@bfp/publish/site-folders';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sitesRoot = path.join(repoRoot, 'sites');

/** Every partner site under `root`: <root>/<slug>, where the folder name is the partner's slug in the CMS. */
export const listSites = (root: string = sitesRoot): string[] => listSiteFolders(root);
