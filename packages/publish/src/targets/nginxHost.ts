import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { requireNginx } from '@bfp/system-packages';
import { renderSitesConfig, renderSitesIndex } from '@bfp/static-host/nginx-sites';
import type { HostedSite } from '@bfp/cms/publish-protocol';

const execFileAsync = promisify(execFile);

export interface NginxHostOptions {
  /** nginx's prefix folder (nginx.conf, nginx.pid); its nginx.conf includes `sites.conf` from here. */
  nginxDir: string;
  /** What the sites' server blocks listen on, e.g. 127.0.0.1:8081. */
  listen: string;
  sitesDir: string;
  cmsOrigin: string;
  /** Where nginx asks the CMS about preview grants: the CMS as this machine reaches it (the worker's CMS_URL). */
  previewGrantsOrigin: string;
  https: boolean;
  /** e.g. http://{slug}.localhost:8081, for the index page's links. */
  localSitesOrigin?: string;
}

/** A partner's server names: its own domain, and its name on this machine. */
export const serverNamesOf = (site: HostedSite) => [site.siteDomain, `${site.slug}.localhost`];

/**
 * Makes nginx serve exactly the active partners: a server block per partner, written from the partner records and
 * swapped in with a reload when a partner is added, removed or changes domain. A config nginx refuses is put back
 * at once, so the sites keep being served by the last good one. Returns whether nginx was reloaded.
 */
export async function syncNginxSites(
  options: NginxHostOptions & { sites: HostedSite[]; log: (line: string) => void },
): Promise<boolean> {
  const { nginxDir, listen, sitesDir, cmsOrigin, previewGrantsOrigin, https, sites, localSitesOrigin, log } = options;
  const indexRoot = path.join(sitesDir, 'index');
  const hosted = sites.map((site) => ({ slug: site.slug, serverNames: serverNamesOf(site) }));
  await fs.mkdir(indexRoot, { recursive: true });
  await fs.writeFile(
    path.join(indexRoot, 'index.html'),
    renderSitesIndex(hosted, localSitesOrigin ?? 'https://{domain}'),
  );

  const configFile = path.join(nginxDir, 'sites.conf');
  const next = renderSitesConfig({
    listen,
    sitesDir,
    sites: hosted,
    cmsOrigin,
    https,
    previews: true,
    previewGrantsOrigin,
    indexRoot,
    warn: (line) => log(`WARNING: ${line}`),
  });
  const previous = await fs.readFile(configFile, 'utf8').catch(() => null);
  if (previous === next) return false;
  await fs.writeFile(configFile, next);
  const nginx = requireNginx();
  try {
    await execFileAsync(nginx, [
      '-p',
      nginxDir,
      '-e',
      path.join(nginxDir, 'error.log'),
      '-t',
      '-q',
      '-c',
      path.join(nginxDir, 'nginx.conf'),
    ]);
  } catch (error) {
    if (previous === null) await fs.rm(configFile, { force: true });
    else await fs.writeFile(configFile, previous);
    throw new Error(
      `nginx refused the sites' config, so the previous one stays: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`,
    );
  }
  const pid = Number((await fs.readFile(path.join(nginxDir, 'nginx.pid'), 'utf8')).trim());
  process.kill(pid, 'SIGHUP');
  log(`nginx reloaded: ${sites.length} partner site(s) served`);
  return true;
}
