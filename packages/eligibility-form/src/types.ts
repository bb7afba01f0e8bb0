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
}

export type FieldErrors = Record<string, string>;

export interface ErrorItem {
  /** The id of the input the summary links to. */
  fieldId: string;
  message: string;
}
