import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import react from '@astrojs/react';
import {
  CmsUnavailableError,
  cmsUrlFromEnv,
  previewTokenFromEnv,
  publicCmsUrlFromEnv,
  siteLanguagesFromCms,
} from '@bfp/content';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@bfp/eligibility';
import { patternIn } from './routeLanguage.ts';
import { documentCspDirectives } from '@bfp/static-host/policy';
import { isPartnerSlug } from '@bfp/static-host/partner-slug';
import { sendPreviewTokenToCms } from './previewFetch.ts';

export type SiteKitOptions =
  /** One partner's site: the partner's slug in the CMS is the one thing that makes it that council's site. */
  | { partner: string; fleet?: false }
  /**
   * Every active partner's site in ONE build: the same pages under /<slug>/, split into one folder per site
   * afterwards (see @bfp/fleet-build). One Astro start-up and one bundle for all of them.
   */
  | { fleet: true; partner?: undefined };

// Astro does not export its directive type; its config type still carries it.
type CspDirectives = Extract<NonNullable<AstroUserConfig['security']>['csp'], object>['directives'];

const VIRTUAL_ID = 'virtual:bfp-site-kit/config';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Every shared page, injected into each site. A site may still add or override pages in its own src/pages. */
/**
 * Every shared page, injected into each site. A site may still add or override pages in its own src/pages. Those
 * `inEveryLanguage` are also built in each other language of a bilingual site, at their addresses in that language
 * (patternIn: /cy/, /cy/gwirio/, …); the entry file tells the language from the route.
 */
export const ROUTES = [
  { pattern: '/', entrypoint: 'index.astro', inEveryLanguage: true },
  { pattern: '/check', entrypoint: 'check.astro', inEveryLanguage: true },
  { pattern: '/stories/[slug]', entrypoint: 'stories/[slug].astro', inEveryLanguage: true },
  { pattern: '/find/[answer]', entrypoint: 'find/[answer].astro' },
  { pattern: '/find/to/[council]', entrypoint: 'find/to/[council].astro' },
  { pattern: '/privacy', entrypoint: 'privacy.astro', inEveryLanguage: true },
  { pattern: '/accessibility', entrypoint: 'accessibility.astro', inEveryLanguage: true },
  { pattern: '/404', entrypoint: '404.astro', inEveryLanguage: true },
  // Pages marketing builds from blocks, at /<slug>/. The CMS refuses a slug any route above already starts with
  // (RESERVED_PAGE_SLUGS in the CMS's Pages collection; test/routes.test.ts keeps the two in step).
  { pattern: '/[page]', entrypoint: '[page].astro', inEveryLanguage: true },
  { pattern: '/robots.txt', entrypoint: 'robots.txt.ts' },
  { pattern: '/sitemap.xml', entrypoint: 'sitemap.xml.ts' },
];

/**
 * The shared partner site: pages, layout and the eligibility island, branded from the partner record alone. Nothing
 * here depends on Astro's `site`, so the same pages can later be rendered for every partner in one build.
 */
export default function siteKit(options: SiteKitOptions): AstroIntegration {
  const fleet = options.fleet === true;
  if (!fleet && !isPartnerSlug(options.partner)) throw new Error(`siteKit: "${options.partner}" is not a partner slug`);
  const cmsUrl = cmsUrlFromEnv();
  return {
    name: '@bfp/site-kit',
    hooks: {
      async 'astro:config:setup'({ injectRoute, updateConfig }) {
        const previewToken = previewTokenFromEnv();
        // Draft images too: see previewFetch.ts. Live builds read as the public does and never carry a token.
        if (previewToken) sendPreviewTokenToCms({ cmsUrl, token: previewToken });
        // A fleet's routes are there for every language; each renders only the partners whose site is in it. One site's
        // are fixed before its content loads, so the CMS is asked its languages first.
        // With no CMS to ask (a component test, an editor's type-check) the site is taken to be English only: a real
        // build fails a moment later in its loaders, which need the CMS too.
        const languages = fleet
          ? LANGUAGES
          : await siteLanguagesFromCms(cmsUrl, options.partner!, { previewToken }).catch((error: unknown) => {
              if (error instanceof CmsUnavailableError) return [DEFAULT_LANGUAGE];
              throw error;
            });
        for (const route of ROUTES) {
          for (const language of route.inEveryLanguage ? languages : [DEFAULT_LANGUAGE]) {
            const inLanguage = patternIn(language, route.pattern);
            // The fleet has the same routes once per partner, rendered by the same views.
            const pattern = fleet ? `/[partner]${inLanguage === '/' ? '' : inLanguage}` : inLanguage;
            const entrypoint = new URL(
              `./${fleet ? 'fleetPages/[partner]' : 'pages'}/${route.entrypoint}`,
              import.meta.url,
            );
            injectRoute({ pattern, entrypoint });
          }
        }
        // Astro keeps its content store and the images it downloaded and encoded in cacheDir, and a build reads the
        // store back from there while bundling: two builds of one site at once against two CMSs (two test suites side
        // by side) would each render the other's content. SITE_BUILD_CACHE_DIR gives a set of builds its own.
        const cacheRoot = process.env.SITE_BUILD_CACHE_DIR;
        // updateConfig skips the schema that turns the user's string into the URL Astro reads.
        if (cacheRoot)
          updateConfig({ cacheDir: pathToFileURL(`${path.join(cacheRoot, fleet ? 'fleet' : options.partner!)}/`) });
        updateConfig({
          integrations: [react()],
          trailingSlash: 'always',
          build: { format: 'directory' },
          // Story images are downloaded from the CMS at build time and served from the site itself.
          image: { domains: [new URL(cmsUrl).hostname] },
          // Each page's meta half of the partner sites' policy (@bfp/static-host): Astro hashes every inline script and
          // style it emits. The algorithm is spelled out because updateConfig skips the config schema's defaults.
          security: {
            csp: {
              algorithm: 'SHA-256',
              directives: documentCspDirectives({ cmsOrigin: publicCmsUrlFromEnv() }) as CspDirectives,
            },
          },
          vite: {
            plugins: [
              {
                name: 'bfp-site-kit-config',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) =>
                  id === RESOLVED_ID
                    ? [
                        `export const partnerSlug = ${JSON.stringify(fleet ? null : options.partner)};`,
                        `export const isFleet = ${JSON.stringify(fleet)};`,
                        `export const enquiryEndpoint = ${JSON.stringify(`${publicCmsUrlFromEnv()}/api/enquiries/submit`)};`,
                        `export const finderEndpoint = ${JSON.stringify(`${publicCmsUrlFromEnv()}/api/partners/find`)};`,
                        `export const isPreview = ${JSON.stringify(Boolean(previewTokenFromEnv()))};`,
                        // On one machine, links between partner sites go to their *.localhost names instead of their domains.
                        `export const localSitesOrigin = ${JSON.stringify(process.env.LOCAL_SITES_ORIGIN || null)};`,
                      ].join('\n')
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
