/** The CMS the build reads from (CMS_URL), and the one carers' browsers post enquiries to (PUBLIC_CMS_URL). */
export function cmsUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '');
}

export function publicCmsUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_CMS_URL || cmsUrlFromEnv(env)).replace(/\/$/, '');
}
