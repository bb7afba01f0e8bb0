import { DEFAULT_LANGUAGE, type Language } from '@bfp/eligibility';
import { cy } from './text/cy.ts';
import { en } from './text/en.ts';
import type { BlocksWording } from './text/wording.ts';

export type { BlocksWording } from './text/wording.ts';

/** The blocks' words in each language (text/<language>.ts); a language is an entry of @bfp/eligibility's list. */
export const BLOCKS_WORDING = { en, cy } as const satisfies Record<Language, BlocksWording>;

/** The blocks' words in a language; English unless told otherwise. */
export const blocksWording = (language: Language = DEFAULT_LANGUAGE): BlocksWording => BLOCKS_WORDING[language];
