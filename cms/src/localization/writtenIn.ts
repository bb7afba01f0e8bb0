import type { CollectionBeforeChangeHook, Field, GlobalBeforeChangeHook, PayloadRequest } from 'payload';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@bfp/eligibility';
import { ADMIN_LANGUAGE_NAMES } from './partnerLanguages.ts';
import { missingTexts } from './missingTexts.ts';

/**
 * The languages a document is whole in, worked out on every save (drafts too, so a version says what it held). Stored,
 * so the sites pick documents by it; `translation` says the same in one word the admin's list filters on ("Missing a
 * translation"), which a list of languages cannot give: Payload has no "does not contain" for it.
 */
const writtenIn: Field = {
  name: 'writtenIn',
  label: 'Written in',
  type: 'select',
  hasMany: true,
  index: true,
  options: LANGUAGES.map((value) => ({ value, label: ADMIN_LANGUAGE_NAMES[value] })),
  admin: {
    readOnly: true,
    position: 'sidebar',
    description:
      'The languages every text of this is written in, worked out on each save. A bilingual site shows it only when both are here.',
  },
};

const translation: Field = {
  name: 'translation',
  type: 'select',
  index: true,
  options: [
    { value: 'complete', label: 'In every language' },
    { value: 'missing', label: 'Missing a translation' },
  ],
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Filter the list by this to find what still needs translating.',
  },
};

/** The two fields every document written in each language carries, filled in by the hooks below. */
export const writtenInFields: Field[] = [writtenIn, translation];

const recorded = (languages: Language[]) => ({
  writtenIn: languages,
  translation: languages.length === LANGUAGES.length ? 'complete' : 'missing',
});

/** The languages in which none of `fields`' texts is missing: `data` in the language being saved, the rest as stored. */
const wholeIn = (fields: Field[], data: Record<string, unknown>, all: unknown, locale: unknown) => {
  const current = isLanguage(locale) ? locale : DEFAULT_LANGUAGE;
  const versions = { data, all: all as Record<string, unknown> | undefined, current };
  return LANGUAGES.filter((language) => missingTexts(fields, versions, language).length === 0);
};

/**
 * Reads the stored document in every language inside the save's own transaction. Payload's local API sets the
 * locale it reads in on the request it is given, and the save would then take its data as one value a language:
 * so the request's languages are put back after the read.
 */
async function inEveryLanguage<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req;
  try {
    return await read();
  } finally {
    req.locale = locale;
    req.fallbackLocale = fallbackLocale;
  }
}

export const recordWrittenIn: CollectionBeforeChangeHook = async ({ data, req, originalDoc, collection }) => {
  const all = originalDoc?.id
    ? await inEveryLanguage(req, () =>
        req.payload.findByID({
          collection: collection.slug,
          id: originalDoc.id,
          locale: 'all',
          draft: true,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        }),
      )
    : undefined;
  return { ...data, ...recorded(wholeIn(collection.fields, { ...originalDoc, ...data }, all, req.locale)) };
};

export const recordGlobalWrittenIn: GlobalBeforeChangeHook = async ({ data, req, originalDoc, global }) => {
  const all = await inEveryLanguage(req, () =>
    req.payload.findGlobal({ slug: global.slug, locale: 'all', draft: true, depth: 0, overrideAccess: true, req }),
  );
  return { ...data, ...recorded(wholeIn(global.fields, { ...originalDoc, ...data }, all, req.locale)) };
};
