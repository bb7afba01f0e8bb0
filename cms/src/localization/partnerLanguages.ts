import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@bfp/eligibility';
import type { Field } from 'payload';

/** The languages a partner's site is in, in the platform's order; English always (a record from before has none). */
export function partnerLanguages(partner: { languages?: unknown }): Language[] {
  const chosen = Array.isArray(partner.languages) ? partner.languages.filter(isLanguage) : [];
  return LANGUAGES.filter((language) => language === DEFAULT_LANGUAGE || chosen.includes(language));
}

/** How the admin names each language (its staff read English). */
export const ADMIN_LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Welsh (Cymraeg)' };

/** The one field that makes a partner bilingual: its site, checker, e-mails and the team's view follow it. */
export const partnerLanguagesField = (access: Partial<Field>): Field =>
  ({
    name: 'languages',
    label: 'Site languages',
    type: 'select',
    hasMany: true,
    defaultValue: [DEFAULT_LANGUAGE],
    ...access,
    options: LANGUAGES.map((value) => ({ value, label: ADMIN_LANGUAGE_NAMES[value] })),
    validate: (value: unknown) =>
      Array.isArray(value) && value.includes(DEFAULT_LANGUAGE)
        ? true
        : 'Every partner site is in English; add Welsh to make it bilingual.',
    admin: {
      position: 'sidebar',
      description:
        'A bilingual site shows each story, page, FAQ and event once it is written in both languages (Site builds lists what is missing).',
    },
  }) as Field;
