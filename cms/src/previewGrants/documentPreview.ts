import type { CollectionConfig, Endpoint, PayloadHandler, PayloadRequest } from 'payload';
import { mayPreview } from '../access/roles.ts';
import { PREVIEW_GRANT_PARAM, PREVIEW_GRANT_PATH, PREVIEW_NEXT_PARAM } from '@bfp/static-host/preview-grants';
import { documentShell } from '@bfp/page-shell/document';
import { escapeHtml, trustedHtml } from '@bfp/page-shell/html';
import { previewState, queuePreview } from '../jobs/rebuildSites/buildPreview.ts';
import { issuePreviewGrant } from './grant.ts';

/**
 * Preview a draft exactly as a partner's site will show it: the jobs worker renders that partner's site with the
 * drafts included (reading them with the editor's own token) into a separate preview site, which is then opened
 * through its grant address: the static host serves a preview only to a browser holding a grant the CMS issued.
 */
function previewUrl(
  collection: PreviewedCollection,
  doc: { id?: unknown } | Record<string, unknown>,
  req: PayloadRequest,
): string | null {
  if (!doc?.id) return null;
  return `${req.payload.config.serverURL}/api/${collection}/preview?id=${encodeURIComponent(String(doc.id))}`;
}

// Never kept by a browser or a proxy: these pages follow a build, and the last one hands out a grant.
const NO_STORE = { 'Cache-Control': 'no-store' };

function page(title: string, body: string, status = 200, script = ''): Response {
  return new Response(
    documentShell({
      title,
      noindex: true,
      bodyStyle: 'font-family:Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5',
      main: trustedHtml(body),
      afterMain: trustedHtml(script),
    }),
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...NO_STORE } },
  );
}

// Asks this same address how the build is going, as JSON, and reloads the page once it is no longer building: the
// reload answers with the preview (or the failure). Without JavaScript the "Check again" link does the same.
const FOLLOW_SCRIPT = `<script>(function(){var wait=1500;function poll(){fetch(location.href,{headers:{Accept:'application/json'},credentials:'same-origin',cache:'no-store'}).then(function(r){return r.json()}).then(function(a){if(a.state==='building')setTimeout(poll,wait);else location.reload()},function(){setTimeout(poll,wait*2)})}setTimeout(poll,wait)})();</script>`;

function tokenFrom(req: PayloadRequest): string | null {
  const auth = req.headers.get('authorization');
  if (auth?.startsWith('JWT ')) return auth.slice(4);
  const cookie = req.headers.get('cookie') ?? '';
  const match = new RegExp(`${req.payload.config.cookiePrefix}-token=([^;]+)`).exec(cookie);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** The shared content that has drafts and is shown on all partners or chosen ones. */
type PreviewedCollection = 'stories' | 'pages';

interface DocumentPreview {
  collection: PreviewedCollection;
  /** "Story", "Page": what the editor is previewing, in the pages this endpoint answers with. */
  noun: string;
  /** The document's address on a partner's site, e.g. `/stories/<slug>/`. */
  sitePath: (slug: string) => string;
}

/**
 * GET /api/<collection>/preview?id=…[&partner=slug][&build=job] — pick a partner; queue that partner's preview and
 * follow its build; then open it.
 */
const previewHandler =
  ({ collection, noun, sitePath }: DocumentPreview): PayloadHandler =>
  async (req) => {
    if (!mayPreview(req.user))
      return page(
        'Sign in to preview',
        '<h1>Sign in to preview</h1><p>Previews are for marketing editors and admins.</p>',
        403,
      );
    const id = String(req.searchParams.get('id') ?? '');
    const doc = id
      ? await req.payload.findByID({ collection, id, draft: true, depth: 1, req, disableErrors: true })
      : null;
    if (!doc) return page(`${noun} not found`, `<h1>${noun} not found</h1>`, 404);

    const partnerIds =
      doc.shownOn === 'chosen' ? (doc.partners ?? []).map((p) => (typeof p === 'object' ? p.id : p)) : null;
    const { docs: partners } = await req.payload.find({
      collection: 'partners',
      where: { active: { equals: true }, ...(partnerIds ? { id: { in: partnerIds } } : {}) },
      pagination: false,
      depth: 0,
      sort: 'name',
      req,
    });
    const chosen = partners.find((p) => p.slug === req.searchParams.get('partner'));
    if (!chosen) {
      const links = partners
        .map(
          (p) =>
            `<li><a href="?id=${encodeURIComponent(id)}&amp;partner=${encodeURIComponent(p.slug)}">${escapeHtml(p.name)}</a></li>`,
        )
        .join('');
      return page(
        `Preview ${doc.title}`,
        `<h1>Preview “${escapeHtml(doc.title)}”</h1><p>Choose the partner site to preview it on:</p><ul>${links}</ul>`,
      );
    }

    const buildId = req.searchParams.get('build');
    if (!buildId) {
      const token = tokenFrom(req);
      if (!token)
        return page(
          'Sign in to preview',
          '<h1>Sign in to preview</h1><p>Your session has no token: sign in again.</p>',
          403,
        );
      // Answered at once: the build is followed on a page of its own, so no request outlasts a proxy's timeout (and
      // gets sent again, queuing a second build), and reloading that page never queues another.
      const follow = new URLSearchParams({
        id,
        partner: chosen.slug,
        build: await queuePreview({ req, site: chosen.slug, token }),
      });
      return new Response(null, { status: 303, headers: { Location: `?${follow}`, ...NO_STORE } });
    }

    const outcome = await previewState({ req, jobId: buildId, site: chosen.slug });
    const wantsJson = (req.headers.get('accept') ?? '').includes('application/json');
    if (wantsJson) return Response.json({ state: outcome?.state ?? 'failed' }, { headers: NO_STORE });
    const again = `?id=${encodeURIComponent(id)}&amp;partner=${encodeURIComponent(chosen.slug)}`;
    if (!outcome)
      return page(
        'Preview not found',
        `<h1>Preview not found</h1><p>This is not a preview of ${escapeHtml(chosen.name)}’s site. <a href="${again}">Build the preview again</a>.</p>`,
        404,
      );
    if (outcome.state === 'failed') {
      return page(
        'Preview failed',
        `<h1>The preview could not be built</h1><p>${escapeHtml(outcome.error)}</p><p><a href="${again}">Try again</a></p>`,
        502,
      );
    }
    if (outcome.state === 'building') {
      const title = `Building the preview of “${doc.title}” on ${chosen.name}’s site`;
      return page(
        title,
        `<h1>Building the preview</h1><p role="status">“${escapeHtml(doc.title)}” is being built into ${escapeHtml(chosen.name)}’s site with your drafts. This usually takes less than a minute: this page opens the preview by itself when it is ready.</p><p><a href="${again}&amp;build=${encodeURIComponent(buildId)}">Check again</a></p>`,
        202,
        FOLLOW_SCRIPT,
      );
    }
    const { grant } = issuePreviewGrant({ secret: req.payload.config.secret, site: chosen.slug, userId: req.user!.id });
    const opening = new URL(PREVIEW_GRANT_PATH, outcome.url);
    opening.searchParams.set(PREVIEW_GRANT_PARAM, grant);
    opening.searchParams.set(PREVIEW_NEXT_PARAM, sitePath(encodeURIComponent(doc.slug)));
    // It carries a grant: no cache may keep it.
    return new Response(null, { status: 302, headers: { Location: opening.toString(), ...NO_STORE } });
  };

/** The admin's Preview button and the endpoint it opens, for a collection of shared content. */
export function documentPreview(options: DocumentPreview): {
  admin: Pick<NonNullable<CollectionConfig['admin']>, 'preview'>;
  endpoint: Omit<Endpoint, 'root'>;
} {
  return {
    admin: { preview: (doc, { req }) => previewUrl(options.collection, doc, req) },
    endpoint: { path: '/preview', method: 'get', handler: previewHandler(options) },
  };
}
