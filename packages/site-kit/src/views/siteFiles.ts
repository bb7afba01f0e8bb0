import { isPreview } from 'virtual:bfp-site-kit/config';
import { builtPagePath, sitePath, storyPath } from '@bfp/eligibility';
import { canonicalUrl, loadSiteData } from '../siteData.ts';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A partner site's robots.txt, pointing at its own sitemap on its own domain. A preview is never indexed. */
export async function robotsTxt(slug: string): Promise<Response> {
  const { partner } = await loadSiteData(slug);
  const body = isPreview
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n\nSitemap: https://${partner.siteDomain}/sitemap.xml\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * A partner site's pages in each of its languages, with URLs on the partner's own domain (never Astro's per-build
 * `site`).
 */
export async function sitemapXml(slug: string): Promise<Response> {
  const { partner, languages } = await loadSiteData(slug);
  const paths: string[] = [];
  for (const language of languages) {
    const { stories, pages } = await loadSiteData(slug, language);
    paths.push(
      sitePath(language, 'home'),
      sitePath(language, 'check'),
      ...pages.map((p) => builtPagePath(language, p.slug)),
      ...stories.map((s) => storyPath(language, s.slug)),
      sitePath(language, 'privacy'),
      sitePath(language, 'accessibility'),
    );
  }
  const urls = paths.map((p) => `  <url><loc>${escapeXml(canonicalUrl(partner, p))}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
}
