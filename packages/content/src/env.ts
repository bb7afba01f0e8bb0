/** The CMS the build reads from (CMS_URL), and the one carers' browsers post enquiries to (PUBLIC_CMS_URL). */
export function cmsUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '');
}

export function publicCmsUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_CMS_URL || cmsUrlFromEnv(env)).replace(/\/$/, '');
}

/** Set only for preview builds, by the site builder: an editor's token that lets the build read drafts. */
export function previewTokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CMS_PREVIEW_TOKEN || undefined;
}
