import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sitesRoot = path.join(repoRoot, 'sites');

/** Every partner site under `root`: <root>/<slug>, where the folder name is the partner's slug in the CMS. */
export function listSites(root: string = sitesRoot): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, 'astro.config.ts')))
    .map((entry) => entry.name)
    .sort();
}
