import type { APIRoute } from 'astro';
import { sitemapXml } from '../../views/siteFiles.ts';
import { eachPartner } from '../../fleetPartners.ts';

export const getStaticPaths = eachPartner;
export const GET: APIRoute = ({ params }) => sitemapXml(params.partner!);
