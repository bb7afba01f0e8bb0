/**
 * `npm run new-site -- <slug>` (or `npx turbo gen partner-site`): launch a council's site from its CMS record.
 * Checks the partner exists and is active in the CMS, scaffolds sites/<slug> (where the council's own overrides go),
 * registers it with npm, and, when `npm start` is running, waits for its site at http://<slug>.localhost:4321/: the
 * jobs worker built it when the partner record was created.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isPartnerSlug, PARTNER_SLUG_RULE } from '@bfp/static-host/partner-slug';
import { repoRoot, sitesRoot } from './repo.ts';
import { scaffoldSite } from './scaffoldSite.ts';
import { runNpm } from './processes.ts';
import { getFromSite } from './siteRequest.ts';

export interface LaunchOptions {
  slug: string;
  cmsUrl?: string;
  /** How long to wait for the worker's first build of the site. */
  waitMs?: number;
  sitesPort?: number;
  /** Folder that holds the site folders; the repo's sites/ by default. */
  root?: string;
  /** Update package-lock.json so a fresh clone's `npm ci` knows the new workspace. */
  registerWorkspace?: boolean;
  log?: (line: string) => void;
}

export class LaunchError extends Error {
  override name = 'LaunchError';
}

export async function launchPartnerSite({
  slug,
  cmsUrl = process.env.CMS_URL || 'http://localhost:3000',
  waitMs = 120_000,
  sitesPort = Number(process.env.SITES_PORT || 4321),
  root = sitesRoot,
  registerWorkspace = true,
  log = console.log,
}: LaunchOptions): Promise<{ dir: string; liveUrl: string | null }> {
  if (!isPartnerSlug(slug))
    throw new LaunchError(`"${slug}" is not a partner slug: use ${PARTNER_SLUG_RULE}, as in the CMS.`);
  if (fs.existsSync(path.join(root, slug))) throw new LaunchError(`sites/${slug} already exists.`);

  let response: Response;
  try {
    response = await fetch(`${cmsUrl}/api/partners?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`);
  } catch {
    throw new LaunchError(
      `Could not reach the CMS at ${cmsUrl}. Start it with \`npm start\` (or set CMS_URL), then run this again.`,
    );
  }
  const { docs } = (await response.json()) as { docs: Array<{ name: string; active?: boolean }> };
  if (!docs[0])
    throw new LaunchError(
      `There is no partner "${slug}" in the CMS at ${cmsUrl}. Create it in the admin (Partners → Create new) first.`,
    );
  if (docs[0].active === false)
    throw new LaunchError(`${docs[0].name} is not active in the CMS: tick "Active" on its record first.`);

  const dir = await scaffoldSite({ sitesRoot: root, slug });
  log(`Created ${path.relative(repoRoot, dir)} for ${docs[0].name}.`);
  if (registerWorkspace) {
    await runNpm(['install', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: repoRoot,
      label: 'npm install',
      log,
    });
  }

  const liveUrl = `http://${slug}.localhost:${sitesPort}/`;
  for (
    const deadline = Date.now() + waitMs;
    Date.now() < deadline;
    await new Promise((resolve) => setTimeout(resolve, 500))
  ) {
    // Not `/`: for a name it does not serve yet, the server answers `/` with its list of sites.
    const answer = await getFromSite(sitesPort, `${slug}.localhost:${sitesPort}`, '/check/').catch(() => null);
    if (answer === null) {
      log(`\`npm start\` is not running, so nothing is served yet. Start it and the site is served at ${liveUrl}.`);
      return { dir, liveUrl: null };
    }
    if (answer.status === 200) {
      log(`Live at ${liveUrl}`);
      return { dir, liveUrl };
    }
  }
  throw new LaunchError(
    `The site was created but is not served yet: see "Site builds" in the CMS admin for ${slug}'s build and its error.`,
  );
}

if (import.meta.main) {
  const slug = process.argv[2];
  if (!slug) {
    console.error('Usage: npm run new-site -- <partner-slug>');
    process.exit(64);
  }
  try {
    await launchPartnerSite({ slug });
  } catch (error) {
    console.error(error instanceof LaunchError ? error.message : error);
    process.exit(1);
  }
}
