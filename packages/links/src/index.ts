export { typedUrlProblem, safeHref, trimTypedUrl } from './typedUrl.ts';
export type { LinkRuleOptions, TypedUrlOptions } from './typedUrl.ts';
