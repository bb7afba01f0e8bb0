import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sitesRoot = path.join(repoRoot, 'sites');

/** Every partner site in the repo: sites/<slug>, where the folder name is the partner's slug in the CMS. */
export function listSites(): string[] {
  return fs
    .readdirSync(sitesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(sitesRoot, entry.name, 'astro.config.ts')))
    .map((entry) => entry.name)
    .sort();
}
