import type { Payload } from 'payload';
import { DEFAULT_LANGUAGE, type Language } from '@bfp/eligibility';
import type { Partner } from '../payload-types.ts';

/**
 * A partner's record as a page or an e-mail in `language` shows it: its own texts (office hours, address, local
 * offer…) in that language, none where it has not written them, never its English; the rest as stored. Read outside
 * the caller's request, whose locale Payload would otherwise change.
 */
export async function partnerInLanguage(payload: Payload, partner: Partner, language: Language): Promise<Partner> {
  if (language === DEFAULT_LANGUAGE) return partner;
  const translated = await payload.findByID({
    collection: 'partners',
    id: partner.id,
    locale: language,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  });
  return translated ? { ...translated, logo: partner.logo } : partner;
}
