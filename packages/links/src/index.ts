export { typedUrlProblem, safeHref } from './typedUrl.ts';
export type { LinkRuleOptions, TypedUrlOptions } from './typedUrl.ts';
