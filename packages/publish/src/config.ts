import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The publisher's settings, validated once (a bad value stops it with the variable's name). The jobs worker passes
 * its own environment through, so these are set where the worker is configured.
 */
const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);
const schema = z.object({
  CMS_URL: z
    .string({ error: 'CMS_URL is missing: the publisher reads content from the CMS.' })
    .regex(/^https?:\/\/[^/]+\/?$/, 'CMS_URL must be an origin like https://cms.example.org'),
  PUBLIC_CMS_URL: optional,
  SITES_DIR: z.string({ error: 'SITES_DIR is missing: say where the static host serves releases from.' }).min(1),
  SITES_ROOT: optional,
  LOCAL_SITES_ORIGIN: optional.refine(
    (value) => value === undefined || value.includes('{slug}'),
    'LOCAL_SITES_ORIGIN must contain {slug}',
  ),
  SITES_NGINX_DIR: optional,
  SITES_NGINX_LISTEN: optional,
  SITES_HTTPS: optional.refine(
    (value) => value === undefined || value === 'true' || value === 'false',
    'SITES_HTTPS must be "true" or "false"',
  ),
  FLEET_THRESHOLD: optional.refine(
    (value) => value === undefined || /^\d+$/.test(value) || value === 'Infinity',
    'FLEET_THRESHOLD must be a whole number',
  ),
});

export interface PublishConfig {
  cmsUrl: string;
  /** The origin carers' browsers post enquiries to: the sites' CSP allows it. */
  publicCmsUrl: string;
  sitesDir: string;
  sitesRoot: string;
  /** Set on one machine: sites link to each other, and deploys are verified, at these *.localhost names. */
  localSitesOrigin?: string;
  /** Set when nginx serves the releases: its folder, and what the sites listen on. */
  nginx?: { dir: string; listen: string };
  https: boolean;
  fleetThreshold: number;
}

export function readPublishConfig(env: NodeJS.ProcessEnv = process.env): PublishConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new Error(
      `The site publisher cannot start:\n  - ${parsed.error.issues.map((issue) => issue.message).join('\n  - ')}`,
    );
  const vars = parsed.data;
  if (vars.SITES_NGINX_DIR && !vars.SITES_NGINX_LISTEN)
    throw new Error(
      'SITES_NGINX_LISTEN is missing: SITES_NGINX_DIR is set, so say what the sites listen on (e.g. 127.0.0.1:8081).',
    );
  const cmsUrl = vars.CMS_URL.replace(/\/$/, '');
  return {
    cmsUrl,
    publicCmsUrl: (vars.PUBLIC_CMS_URL ?? cmsUrl).replace(/\/$/, ''),
    sitesDir: path.resolve(vars.SITES_DIR),
    sitesRoot: vars.SITES_ROOT ? path.resolve(vars.SITES_ROOT) : path.join(repoRoot, 'sites'),
    localSitesOrigin: vars.LOCAL_SITES_ORIGIN,
    nginx: vars.SITES_NGINX_DIR
      ? { dir: path.resolve(vars.SITES_NGINX_DIR), listen: vars.SITES_NGINX_LISTEN! }
      : undefined,
    https: vars.SITES_HTTPS === 'true',
    fleetThreshold: vars.FLEET_THRESHOLD === 'Infinity' ? Infinity : Number(vars.FLEET_THRESHOLD ?? 2),
  };
}

/** Where a site is served: its *.localhost name on one machine, else its own domain. */
export function siteUrlOf(
  config: Pick<PublishConfig, 'localSitesOrigin' | 'https'>,
  site: { slug: string; siteDomain: string },
): string {
  return config.localSitesOrigin
    ? `${config.localSitesOrigin.replace('{slug}', site.slug)}/`
    : `https://${site.siteDomain}/`;
}
