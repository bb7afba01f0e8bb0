import type { APIRoute } from 'astro';
import { partnerSlug } from 'virtual:bfp-site-kit/config';
import { robotsTxt } from '../views/siteFiles.ts';

export const GET: APIRoute = () => robotsTxt(partnerSlug!);
