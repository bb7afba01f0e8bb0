/**
 * Stands in for packages/publish in the CMS's own integration tests, at the process boundary the worker really uses
 * (SITE_PUBLISHER: JSON on stdin, one PUBLISH_RESULT line out): these tests are about WHICH sites a change rebuilds
 * and how their state is recorded, not about Astro. The real publisher is tested end to end by local-stack and
 * cluster. With PUBLISH_HOOK_BASE set, each site's "deploy" is a POST to <base>/deploy/<slug> (a preview's to
 * <base>/preview/<slug>), and fails when that answers an error, so a test can watch and break deploys.
 */
import { text } from 'node:stream/consumers';
import { publishResult, type PublishRequest, type PublishResult } from '../../src/jobs/rebuildSites/publishProtocol.ts';

const request = JSON.parse(await text(process.stdin)) as PublishRequest;
const slugs = request.kind === 'live' ? request.build : [request.site];
const base = process.env.PUBLISH_HOOK_BASE;
const deployPath = request.kind === 'live' ? 'deploy' : 'preview';
const results = await Promise.all(
  slugs.map(async (slug): Promise<PublishResult> => {
    if (!base) return { slug, ok: true, ms: 0 };
    const response = await fetch(`${base}/${deployPath}/${slug}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ partner: slug }),
    });
    return response.ok
      ? { slug, ok: true, ms: 0 }
      : { slug, ok: false, ms: 0, error: `deploy answered ${response.status}` };
  }),
);
publishResult.write({ results, stages: [] });
