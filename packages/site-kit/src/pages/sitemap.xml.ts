import type { APIRoute } from 'astro';
import { canonicalUrl, loadSiteData } from '../siteData.ts';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The partner site's pages, with URLs on the partner's own domain (never Astro's per-project `site`). */
export const GET: APIRoute = async () => {
  const { partner, stories } = await loadSiteData();
  const paths = ['/', '/check/', ...stories.map((s) => `/stories/${s.slug}/`), '/privacy/', '/accessibility/'];
  const urls = paths.map((p) => `  <url><loc>${escapeXml(canonicalUrl(partner, p))}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
