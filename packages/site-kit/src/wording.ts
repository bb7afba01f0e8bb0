import { DEFAULT_LANGUAGE, type Language } from '@bfp/eligibility';
import { cy } from './text/cy.ts';
import { en } from './text/en.ts';
import type { SiteWording } from './text/wording.ts';

export type { SiteWording } from './text/wording.ts';

/** The sites' own words in each language (text/<language>.ts); a language is an entry of @bfp/eligibility's list. */
export const SITE_WORDING = { en, cy } as const satisfies Record<Language, SiteWording>;

/** The sites' own words in a language; English unless told otherwise. */
export const siteWording = (language: Language = DEFAULT_LANGUAGE): SiteWording => SITE_WORDING[language];
