/**
 * Where a rebuild goes. On one machine (`npm start`) a local site builder (SITE_BUILDER_URL, run by packages/local-stack)
 * builds each site and swaps it in atomically; in production each partner may have a deploy hook URL instead (a CI
 * pipeline, a static host's build trigger). Either way a failed build leaves the last good site online.
 */
export interface SiteToDeploy {
  slug: string;
  deployHookUrl?: string | null;
}

export interface DeployResult {
  slug: string;
  ok: boolean;
  error?: string;
  ms: number;
}

export interface DeployOutcome {
  results: DeployResult[];
  /** The builder's progress, stage by stage (fetch content, render, split, deploy), for the job log. */
  stages: string[];
}

const BUILD_TIMEOUT_MS = 10 * 60_000;

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(BUILD_TIMEOUT_MS),
  });
}

async function viaLocalBuilder(builderUrl: string, sites: SiteToDeploy[]): Promise<DeployOutcome> {
  const started = Date.now();
  try {
    const response = await postJson(`${builderUrl.replace(/\/$/, '')}/builds`, { sites: sites.map((s) => s.slug) });
    if (!response.ok) throw new Error(`the site builder answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { results: DeployResult[]; stages?: string[] };
    return { results: body.results, stages: body.stages ?? [] };
  } catch (error) {
    return { results: sites.map((s) => ({ slug: s.slug, ok: false, error: (error as Error).message, ms: Date.now() - started })), stages: [] };
  }
}

async function viaDeployHook(site: SiteToDeploy): Promise<DeployResult> {
  const started = Date.now();
  if (!site.deployHookUrl) return { slug: site.slug, ok: false, error: 'No site builder (SITE_BUILDER_URL) and no deploy hook for this partner', ms: 0 };
  try {
    const response = await postJson(site.deployHookUrl, { partner: site.slug });
    return response.ok
      ? { slug: site.slug, ok: true, ms: Date.now() - started }
      : { slug: site.slug, ok: false, error: `deploy hook answered ${response.status}`, ms: Date.now() - started };
  } catch (error) {
    return { slug: site.slug, ok: false, error: `deploy hook failed: ${(error as Error).message}`, ms: Date.now() - started };
  }
}

export async function deploySites(sites: SiteToDeploy[], builderUrl = process.env.SITE_BUILDER_URL): Promise<DeployOutcome> {
  if (!sites.length) return { results: [], stages: [] };
  // A partner's own deploy hook wins: it is how that partner's production site is published.
  const hooked = sites.filter((s) => s.deployHookUrl);
  const local = sites.filter((s) => !s.deployHookUrl);
  const results = await Promise.all(hooked.map(viaDeployHook));
  const stages: string[] = [];
  if (local.length && builderUrl) {
    const built = await viaLocalBuilder(builderUrl, local);
    results.push(...built.results);
    stages.push(...built.stages);
  } else if (local.length) results.push(...(await Promise.all(local.map(viaDeployHook))));
  return { results, stages };
}
