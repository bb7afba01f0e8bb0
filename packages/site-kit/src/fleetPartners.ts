import type { GetStaticPathsOptions } from 'astro';
import { getCollection } from 'astro:content';
import { DEFAULT_LANGUAGE, type Language } from '@bfp/eligibility';
import { siteLanguages } from './siteData.ts';
import { languageOfRoute } from './routeLanguage.ts';

/**
 * The partners one fleet build renders: every active partner the CMS has, or only those named in FLEET_PARTNERS
 * (comma-separated slugs) when a change affects a few of them.
 */
export async function fleetPartnerSlugs(language: Language = DEFAULT_LANGUAGE): Promise<string[]> {
  const only = (process.env.FLEET_PARTNERS ?? '')
    .split(',')
    .map((slug) => slug.trim())
    .filter(Boolean);
  const slugs = (await getCollection('partners')).map((entry) => entry.id);
  const rendered = only.length ? slugs.filter((slug) => only.includes(slug)) : slugs;
  if (language === DEFAULT_LANGUAGE) return rendered;
  const inLanguage = [];
  for (const slug of rendered) if ((await siteLanguages(slug)).includes(language)) inLanguage.push(slug);
  return inLanguage;
}

/** getStaticPaths for a fleet page that exists once per partner whose site is in the route's language. */
export async function eachPartner({ routePattern }: GetStaticPathsOptions) {
  const language = languageOfRoute(routePattern);
  return (await fleetPartnerSlugs(language)).map((partner) => ({ params: { partner }, props: { language } }));
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
