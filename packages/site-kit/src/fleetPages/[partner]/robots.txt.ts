import type { APIRoute } from 'astro';
import { robotsTxt } from '../../views/siteFiles.ts';
import { eachPartner } from '../../fleetPartners.ts';

export const getStaticPaths = eachPartner;
export const GET: APIRoute = ({ params }) => robotsTxt(params.partner!);
