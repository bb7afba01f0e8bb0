declare module 'virtual:bfp-site-kit/config' {
  /** The site's partner; null in a fleet build, where each page gets its partner from the URL. */
  export const partnerSlug: string | null;
  /** True in a fleet build: every partner's pages under /<slug>/ in one build. */
  export const isFleet: boolean;
  /** Where the eligibility form posts enquiries. */
  export const enquiryEndpoint: string;
  /** Where the partnership site's postcode finder sends a postcode; the CMS answers with a redirect. */
  export const finderEndpoint: string;
  /** True in a preview build, which shows drafts and must never be deployed or indexed. */
  export const isPreview: boolean;
  /** e.g. "http://{slug}.localhost:4321" when built to be served on this machine; null for production builds. */
  export const localSitesOrigin: string | null;
}
