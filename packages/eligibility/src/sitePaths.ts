import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './language.ts';

/** The pages every partner site has, whatever its content. */
export type SitePage = 'home' | 'check' | 'stories' | 'privacy' | 'accessibility';

/**
 * Where each of a site's own pages is, in each language: English at the root as it always was, Welsh under /cy/ with
 * the words of each address in Welsh. The sites' routes, their links, the plain form's privacy link and the CMS's
 * replies all take their addresses from here, so a link never points at the English page from a Welsh one.
 */
export const SITE_PATHS: Record<Language, Record<SitePage, string>> = {
  en: { home: '/', check: '/check/', stories: '/stories/', privacy: '/privacy/', accessibility: '/accessibility/' },
  cy: {
    home: '/cy/',
    check: '/cy/gwirio/',
    stories: '/cy/straeon/',
    privacy: '/cy/preifatrwydd/',
    accessibility: '/cy/hygyrchedd/',
  },
};

export const sitePath = (language: Language, page: SitePage): string => SITE_PATHS[language][page];
export const storyPath = (language: Language, slug: string): string => `${SITE_PATHS[language].stories}${slug}/`;
/** A page marketing built from blocks: /<slug>/, or /cy/<Welsh slug>/. */
export const builtPagePath = (language: Language, slug: string): string => `${SITE_PATHS[language].home}${slug}/`;

/**
 * The page a host answers a missing address with: the 404 page of the address's language (site-kit builds one per
 * language the site has), so a mistyped Welsh address is told so in Welsh. A host falls back to the English one.
 */
export const notFoundPagePath = (language: Language): string => `${SITE_PATHS[language].home}404.html`;

/** The language of a path on a partner's own site (the fleet's /<partner> prefix taken off first). */
export const languageOfPath = (pathname: string): Language =>
  LANGUAGES.find((language) => language !== DEFAULT_LANGUAGE && pathname.startsWith(SITE_PATHS[language].home)) ??
  DEFAULT_LANGUAGE;

/** The first segments of every address the sites give themselves in any language: no page may take one. */
export const SITE_PATH_SEGMENTS: string[] = [
  ...new Set(
    Object.values(SITE_PATHS).flatMap((paths) =>
      Object.values(paths).flatMap((path) => path.split('/').filter(Boolean)),
    ),
  ),
];
