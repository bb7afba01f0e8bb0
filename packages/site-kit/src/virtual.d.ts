declare module 'virtual:bfp-site-kit/config' {
  /** The slug of the partner this site is built for. */
  export const partnerSlug: string;
  /** Where the eligibility form posts enquiries. */
  export const enquiryEndpoint: string;
  /** True in a preview build, which shows drafts and must never be deployed or indexed. */
  export const isPreview: boolean;
  /** e.g. "http://{slug}.localhost:4321" when built to be served on this machine; null for production builds. */
  export const localSitesOrigin: string | null;
}
