import { DEFAULT_LANGUAGE, partnerLanguages, type Language } from '@bfp/eligibility';
import { siteLanguagesOf } from './mapping.ts';

/**
 * The typed client for the CMS's public REST API. Only published, public data is read here: the sites need no
 * credentials, so a site build can never leak personal data it was never given.
 */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

/**
 * A preview build reads drafts with the requesting editor's token (CMS_PREVIEW_TOKEN); a normal build reads as the
 * public does, so it can only ever see published content.
 */
export interface CmsReadOptions {
  previewToken?: string;
}

function headers({ previewToken }: CmsReadOptions): Record<string, string> {
  return previewToken
    ? { Accept: 'application/json', Authorization: `JWT ${previewToken}` }
    : { Accept: 'application/json' };
}

export const draftQuery = ({ previewToken }: CmsReadOptions) => (previewToken ? '&draft=true' : '');

export async function fetchJson<T>(cmsUrl: string, pathAndQuery: string, options: CmsReadOptions = {}): Promise<T> {
  const url = new URL(pathAndQuery, cmsUrl);
  let response: Response;
  try {
    response = await fetch(url, { headers: headers(options) });
  } catch (error) {
    throw new CmsUnavailableError(
      `Could not reach the CMS at ${cmsUrl} (${(error as Error).message}). Start it with \`npm start\`, or set CMS_URL.`,
    );
  }
  if (!response.ok)
    throw new CmsUnavailableError(`The CMS answered ${response.status} for ${url.pathname}${url.search}`);
  return (await response.json()) as T;
}

interface Page<T> {
  docs: T[];
  hasNextPage: boolean;
  nextPage?: number | null;
}

/** Every document of a collection matching `where` (a Payload REST query string), following pagination. */
export async function fetchAllDocs<T>(
  cmsUrl: string,
  collection: string,
  query: string,
  options: CmsReadOptions = {},
): Promise<T[]> {
  const docs: T[] = [];
  let page = 1;
  for (;;) {
    const result = await fetchJson<Page<T>>(cmsUrl, `/api/${collection}?${query}&limit=100&page=${page}`, options);
    docs.push(...result.docs);
    if (!result.hasNextPage || !result.nextPage) return docs;
    page = result.nextPage;
  }
}

/**
 * A raster logo is downloaded by the site build's image pipeline while pages render, where one missing file would fail
 * a fleet build for every partner. Asking for it here instead leaves out only that partner, as a broken SVG logo is.
 */
export async function assertFetchable(url: string): Promise<void> {
  const response = await fetch(url);
  await response.body?.cancel();
  if (!response.ok) throw new CmsUnavailableError(`The CMS answered ${response.status} for ${url}`);
}

/** Small SVG logos are inlined as data URIs: they then need no image pipeline and no request of their own. */
export async function fetchAsDataUri(url: string, mimeType: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new CmsUnavailableError(`The CMS answered ${response.status} for ${url}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return `data:${mimeType};base64,${bytes.toString('base64')}`;
}

/**
 * One partner's site languages, asked of the CMS before a single site's build starts (its routes are fixed before
 * any content loads): the same rule the pages apply to what the loaders read (siteLanguagesOf).
 */
export async function siteLanguagesFromCms(
  cmsUrl: string,
  slug: string,
  options: CmsReadOptions = {},
): Promise<Language[]> {
  const { docs } = await fetchJson<{ docs: Array<{ languages?: Language[] | null }> }>(
    cmsUrl,
    `/api/partners?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`,
    options,
  );
  const homes = new Map<Language, Language[] | null>();
  const languages = partnerLanguages({ languages: docs[0]?.languages ?? [] });
  for (const language of languages.filter((each) => each !== DEFAULT_LANGUAGE)) {
    const home = await fetchJson<{ headline?: string | null; writtenIn?: Language[] | null }>(
      cmsUrl,
      `/api/globals/home-page?depth=0&locale=${language}&fallback-locale=none${draftQuery(options)}`,
      options,
    );
    homes.set(language, home.headline ? (home.writtenIn ?? []) : null);
  }
  return siteLanguagesOf(languages, (language) => homes.get(language) ?? null);
}
