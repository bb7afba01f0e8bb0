import { getCollection } from 'astro:content';

/**
 * The partners one fleet build renders: every active partner the CMS has, or only those named in FLEET_PARTNERS
 * (comma-separated slugs) when a change affects a few of them.
 */
export async function fleetPartnerSlugs(): Promise<string[]> {
  const only = (process.env.FLEET_PARTNERS ?? '')
    .split(',')
    .map((slug) => slug.trim())
    .filter(Boolean);
  const slugs = (await getCollection('partners')).map((entry) => entry.id);
  return only.length ? slugs.filter((slug) => only.includes(slug)) : slugs;
}

/** getStaticPaths for a fleet page that exists once per partner. */
export async function eachPartner() {
  return (await fleetPartnerSlugs()).map((partner) => ({ params: { partner } }));
}

/** The partnership's own sites among the partners a fleet build renders: only they have the postcode finder's pages. */
export async function fleetPartnershipSlugs(): Promise<string[]> {
  const rendered = new Set(await fleetPartnerSlugs());
  return (await getCollection('partners'))
    .filter((entry) => entry.data.kind === 'partnership' && rendered.has(entry.id))
    .map((entry) => entry.id);
}

/** Every active council: the partnership's finder has a page for each. */
export async function councilSlugs(): Promise<string[]> {
  return (await getCollection('partners')).filter((entry) => entry.data.kind === 'council').map((entry) => entry.id);
}
