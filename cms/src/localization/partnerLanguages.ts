import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, type Language } from '@bfp/eligibility';
import type { Field } from 'payload';

/** Each language's name in English, as the admin's staff say it ("Missing Welsh"). */
export const LANGUAGE_NAMES_IN_ENGLISH: Record<Language, string> = { en: 'English', cy: 'Welsh' };

/** How the admin names each language in its choices: in English, then in itself. */
export const ADMIN_LANGUAGE_NAMES = Object.fromEntries(
  LANGUAGES.map((code) => [
    code,
    code === DEFAULT_LANGUAGE ? LANGUAGE_NAMES[code] : `${LANGUAGE_NAMES_IN_ENGLISH[code]} (${LANGUAGE_NAMES[code]})`,
  ]),
) as Record<Language, string>;

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
