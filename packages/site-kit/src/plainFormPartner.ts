import type { PartnerEntry } from '@bfp/content';
import { sitePath, type Language } from '@bfp/eligibility';
import type { PlainFormPartner } from '@bfp/eligibility-form/plain';

/**
 * What the plain form needs of the site's partner, in a file tsc checks (an .astro file's frontmatter is not): a field
 * the form comes to need cannot be left out here unnoticed.
 */
export const plainFormPartner = (partner: PartnerEntry, language: Language): PlainFormPartner => ({
  slug: partner.slug,
  name: partner.name,
  shortName: partner.shortName,
  postcodeDistricts: partner.postcodeDistricts,
  dataControllerName: partner.privacy.dataControllerName,
  agency: partner.coBranding.agency,
  privacyNoticeVersion: partner.privacy.noticeVersion,
  privacyUrl: sitePath(language, 'privacy'),
});
