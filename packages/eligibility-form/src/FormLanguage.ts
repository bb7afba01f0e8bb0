import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE, wording, type Language } from '@bfp/eligibility';
import { formWording } from './wording.ts';

/** The language of the page the island is on, given once at its root (EligibilityForm's `language`). */
export const FormLanguage = createContext<Language>(DEFAULT_LANGUAGE);

/** The step's words: the form's own (`say`) and the rules' (`rules`), in the page's language. */
export function useWording() {
  const language = useContext(FormLanguage);
  return { language, say: formWording(language), rules: wording(language) };
}
