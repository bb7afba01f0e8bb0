import { DEFAULT_LANGUAGE, type Language } from '@bfp/eligibility';
import { cy } from './text/cy.ts';
import { en } from './text/en.ts';
import type { FormWording } from './text/wording.ts';

export type { FormWording } from './text/wording.ts';

/** Every language's words for the form (text/<language>.ts), one entry a language of @bfp/eligibility's list. */
export const FORM_WORDING = { en, cy } as const satisfies Record<Language, FormWording>;

export const formWording = (language: Language = DEFAULT_LANGUAGE): FormWording => FORM_WORDING[language];
