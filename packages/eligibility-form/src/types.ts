import type { Language } from '@bfp/eligibility';
/** What the form needs to know about the partner whose site it is on. All of it comes from the partner record. */
export interface FormPartner {
  slug: string;
  name: string;
  shortName: string;
  phone: string;
  officeHours?: string | null;
  postcodeDistricts: readonly string[];
  dataControllerName: string;
  /** The fostering agency in the partnership (coBranding.agency), named in the consent wording. */
  agency: string;
  privacyNoticeVersion: string;
  /** Site-relative URL of the privacy page, e.g. "/privacy/". */
  privacyUrl: string;
  /** The other councils in the partnership, for sending a carer whose postcode one of them covers to its site. */
  councils: readonly FormCouncil[];
}

export interface FormCouncil {
  slug: string;
  name: string;
  shortName: string;
  /** The council's own site, e.g. https://fostering.example.gov.uk/. */
  siteUrl: string;
  postcodeDistricts: readonly string[];
  /** The languages of its site, when the page is not in English: a Welsh page sends a carer to its Welsh checker. */
  languages?: readonly Language[];
}

export type FieldErrors = Record<string, string>;

export interface ErrorItem {
  /** The id of the input the summary links to. */
  fieldId: string;
  message: string;
}
