import type { CmsEnv } from '../../env.ts';

/** The browser origins a partner's site is served from: its own domain, and on this machine its *.localhost name. */
export function partnerSiteOrigins(
  partner: { slug: string; siteDomain: string },
  env: Pick<CmsEnv, 'localSitesOrigin'>,
): string[] {
  const origins = [`https://${partner.siteDomain}`];
  if (env.localSitesOrigin) origins.push(env.localSitesOrigin.replace('{slug}', partner.slug));
  return origins;
}
