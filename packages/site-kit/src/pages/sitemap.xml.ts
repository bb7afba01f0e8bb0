import type { APIRoute } from 'astro';
import { partnerSlug } from 'virtual:bfp-site-kit/config';
import { sitemapXml } from '../views/siteFiles.ts';

export const GET: APIRoute = () => sitemapXml(partnerSlug!);
