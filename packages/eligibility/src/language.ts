/**
 * The languages the platform speaks. A partner is English only or bilingual English and Welsh; adding a language is an
 * entry here plus a wording file in each package that has words of its own (this package: text/<code>.ts).
 */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** What `lang` on the page says (BCP 47), and what the rest of the platform stores. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/** Each language's name in itself: the words of the link that switches to it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/** How the recruitment team sees the language an enquiry was made in (the admin, the CSV, the team's e-mail). */
export const LANGUAGE_FOR_TEAM: Record<Language, string> = { en: 'English', cy: 'Prefers Welsh' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * The languages of a partner's site from its record's `languages` (the CMS, the content loader): English always, then
 * those it adds, in the platform's order. A record from before the field has none: English only.
 */
export function partnerLanguages(partner: { languages?: unknown }): Language[] {
  const chosen = Array.isArray(partner.languages) ? partner.languages.filter(isLanguage) : [];
  return LANGUAGES.filter((language) => language === DEFAULT_LANGUAGE || chosen.includes(language));
}

/** A day as a carer reads it in their language: "15 June 2027", "15 Mehefin 2027" (UK time). */
export function formatDate(date: Date | string, language: Language = DEFAULT_LANGUAGE): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  }).format(typeof date === 'string' ? new Date(date) : date);
}
