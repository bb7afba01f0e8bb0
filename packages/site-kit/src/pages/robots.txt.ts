import type { APIRoute } from 'astro';
import { isPreview } from 'virtual:bfp-site-kit/config';
import { loadSiteData } from '../siteData.ts';

/** Each partner site's own robots.txt, pointing at its own sitemap on its own domain. A preview is never indexed. */
export const GET: APIRoute = async () => {
  const { partner } = await loadSiteData();
  const body = isPreview ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: https://${partner.siteDomain}/sitemap.xml\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
