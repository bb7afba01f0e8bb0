import { DEFAULT_LANGUAGE, type Language } from './language.ts';
import { cy } from './text/cy.ts';
import { en } from './text/en.ts';
import type { EligibilityWording } from './text/wording.ts';

export type { EligibilityWording } from './text/wording.ts';

/** Every language's words (text/<language>.ts); a new language is an entry here, in language.ts and a file. */
export const WORDING = { en, cy } as const satisfies Record<Language, EligibilityWording>;

/** The checker's and the form's words in a language; English unless told otherwise. */
export const wording = (language: Language = DEFAULT_LANGUAGE): EligibilityWording => WORDING[language];
