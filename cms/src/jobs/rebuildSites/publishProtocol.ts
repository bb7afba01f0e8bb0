import { resultLine } from '@bfp/child-process/result-line';

/**
 * What the jobs worker and the site publisher it runs (packages/publish, SITE_PUBLISHER) say to each other: one
 * request as JSON on stdin, one result line back. Defined here, by the side that asks, because the publisher's own
 * package depends on the CMS's types through the site packages, so the CMS cannot depend on it.
 */
export interface HostedSite {
  slug: string;
  /** The partner's own domain: the static host answers for it, and the deploy is verified there. */
  siteDomain: string;
}

export type PublishRequest =
  /** Build these sites' live versions and deploy each one's changed files; `sites` is every active site. */
  | { kind: 'live'; build: string[]; sites: HostedSite[] }
  /** Build one site with drafts (read with the editor's token) and deploy it as that site's preview only. */
  | { kind: 'preview'; site: string; token: string; sites: HostedSite[] };

export interface PublishResult {
  slug: string;
  /** Built, deployed and verified: the host now answers with the new content. */
  ok: boolean;
  error?: string;
  ms: number;
  changedFiles?: number;
  removedFiles?: number;
  /** Where the site (or preview) is served. */
  url?: string;
}

export interface PublishOutcome {
  results: PublishResult[];
  /** The run, stage by stage (fetch, render, split, deploy, verify), for the job log. */
  stages: string[];
}

/** `PUBLISH_RESULT {…}`: the publisher's last line, written by packages/publish and read by runPublisher. */
export const publishResult = resultLine<PublishOutcome>('PUBLISH');
