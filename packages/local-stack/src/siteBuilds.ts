import path from 'node:path';
import { sitesRoot } from './repo.ts';
import { runNpm } from './processes.ts';

export interface BuildSitesOptions {
  slugs: readonly string[];
  cmsUrl: string;
  /** Origin the browser posts enquiries to; defaults to cmsUrl. */
  publicCmsUrl?: string;
  /** Builds at once. Each Astro build is one Node process of ~0.4 GB; two suit a 2-core machine. */
  concurrency?: number;
  /** Build into <outRoot>/<slug> instead of each site's own dist/ (tests use a temporary folder). */
  outRoot?: string;
  log?: (line: string) => void;
}

export interface SiteBuildResult {
  slug: string;
  outDir: string;
  ms: number;
}

/** Builds each partner site against the running CMS, `concurrency` at a time. */
export async function buildSites({ slugs, cmsUrl, publicCmsUrl, concurrency = 2, outRoot, log }: BuildSitesOptions): Promise<SiteBuildResult[]> {
  const queue = [...slugs];
  const results: SiteBuildResult[] = [];
  async function worker() {
    for (let slug = queue.shift(); slug; slug = queue.shift()) {
      const started = Date.now();
      const cwd = path.join(sitesRoot, slug);
      const outDir = outRoot ? path.join(outRoot, slug) : path.join(cwd, 'dist');
      await runNpm(['run', 'build', '--', '--outDir', outDir], {
        cwd,
        label: `site:${slug}`,
        log,
        env: { CMS_URL: cmsUrl, PUBLIC_CMS_URL: publicCmsUrl ?? cmsUrl, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      results.push({ slug, outDir, ms: Date.now() - started });
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, slugs.length) }, worker));
  return results;
}
