import type { LocalizationConfig } from 'payload';
import { DEFAULT_LANGUAGE, LANGUAGES, partnerLanguages } from '@bfp/eligibility';
import { activePartners } from '../collections/Partners/activePartners.ts';
import { hasRole, userPartnerId } from '../access/roles.ts';
import { ADMIN_LANGUAGE_NAMES } from './partnerLanguages.ts';

/**
 * The languages content is written in: the platform's list (@bfp/eligibility), English first and the default. A text
 * not yet written in Welsh reads as missing, never as its English, so nothing English reaches a Welsh page unnoticed:
 * each other language falls back to no language at all. (`fallback` itself stays on: without it Payload 3.90 leaves
 * a request that names no locale with none, and REST answers it without a single localized field.)
 */
export const localization: LocalizationConfig = {
  locales: LANGUAGES.map((code) => ({
    code,
    label: ADMIN_LANGUAGE_NAMES[code],
    ...(code === DEFAULT_LANGUAGE ? {} : { fallbackLocale: [] }),
  })),
  defaultLocale: DEFAULT_LANGUAGE,
  fallback: true,
  // Welsh is offered only where a partner needs it: to partner staff if their council is bilingual, to the
  // partnership's staff if any active council is.
  filterAvailableLocales: async ({ req, locales }) => {
    const partners = await activePartners(req).catch(() => []);
    const own = hasRole(req.user, 'partner-staff') ? userPartnerId(req.user) : null;
    const needed = new Set<string>([DEFAULT_LANGUAGE]);
    for (const partner of partners)
      if (own === null || partner.id === own) for (const language of partnerLanguages(partner)) needed.add(language);
    return locales.filter((locale) => needed.has(locale.code));
  },
};
