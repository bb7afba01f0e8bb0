import { DEFAULT_LANGUAGE, SITE_PATHS, languageOfPath, type Language, type SitePage } from '@bfp/eligibility';

const OWN_PAGES: SitePage[] = ['check', 'stories', 'privacy', 'accessibility'];
const withoutSlash = (path: string) => path.replace(/\/$/, '');

/**
 * A route's pattern in a language: English's as written; another language's under that language's home, with the
 * language's own words for each of the site's own pages (/check → /cy/gwirio, /stories/[slug] → /cy/straeon/[slug],
 * /[page] → /cy/[page]).
 */
export function patternIn(language: Language, pattern: string): string {
  if (language === DEFAULT_LANGUAGE) return pattern;
  for (const page of OWN_PAGES) {
    const english = withoutSlash(SITE_PATHS[DEFAULT_LANGUAGE][page]);
    if (pattern === english || pattern.startsWith(`${english}/`))
      return `${withoutSlash(SITE_PATHS[language][page])}${pattern.slice(english.length)}`;
  }
  return `${withoutSlash(SITE_PATHS[language].home)}${pattern === '/' ? '' : pattern}`;
}

/** The language of a route (getStaticPaths' routePattern), the fleet's /[partner] prefix aside. */
export const languageOfRoute = (routePattern: string): Language =>
  languageOfPath(`${routePattern.replace(/^\/\[partner\]/, '')}/`);
