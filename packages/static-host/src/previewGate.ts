/**
 * The Node server's half of serving previews only to browsers the CMS granted (nginx's half is auth_request, rendered
 * in nginxPreviewGate.ts): every request to a preview host is first put to the CMS, which alone can check a grant.
 */
import type http from 'node:http';
import {
  PREVIEW_GRANT_ACCEPT_ENDPOINT,
  PREVIEW_GRANT_PATH,
  PREVIEW_GRANT_VERIFY_ENDPOINT,
  PREVIEW_HTTPS_HEADER,
  PREVIEW_SITE_HEADER,
} from './previewGrants.ts';
import {
  PREVIEW_REFUSED_HTML,
  PREVIEW_REFUSED_STATUS,
  PREVIEW_UNVERIFIABLE_HTML,
  PREVIEW_UNVERIFIABLE_STATUS,
} from './previewRefusal.ts';

/** As nginx's proxy timeouts in the preview blocks: a CMS that hangs must not hold a preview request for a minute. */
const CMS_TIMEOUT_MS = 10_000;

export type PreviewGateAnswer =
  /** Serve the preview as asked. */
  | { allow: true }
  /** Send this instead; nothing of the preview is in it. */
  | { allow: false; status: number; headers: Record<string, string | string[]>; body: string };

const refusal = (status: number, body: string): PreviewGateAnswer => ({
  allow: false,
  status,
  headers: { 'Content-Type': 'text/html; charset=utf-8' },
  body,
});

/**
 * `/__preview/grant` is relayed to the CMS's accept endpoint (its 303 and Set-Cookie go back to the browser); any other
 * path is served only when the CMS's verify endpoint answers 2xx for the request's cookies. Any other answer, or none,
 * refuses: fail closed.
 */
export async function previewGate({
  req,
  pathname,
  search,
  site,
  grantsOrigin,
  https,
}: {
  req: http.IncomingMessage;
  pathname: string;
  search: string;
  site: string;
  /** Where the CMS is reached from this server. */
  grantsOrigin: string;
  https: boolean;
}): Promise<PreviewGateAnswer> {
  // Set here, never copied from the browser's request.
  const asking = { [PREVIEW_SITE_HEADER]: site, [PREVIEW_HTTPS_HEADER]: String(https) };
  const origin = grantsOrigin.replace(/\/$/, '');
  try {
    if (pathname === PREVIEW_GRANT_PATH) {
      const answer = await fetch(`${origin}${PREVIEW_GRANT_ACCEPT_ENDPOINT}${search}`, {
        headers: asking,
        redirect: 'manual',
        signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
      });
      const headers: Record<string, string | string[]> = {
        'Content-Type': answer.headers.get('content-type') ?? 'text/plain; charset=utf-8',
      };
      const location = answer.headers.get('location');
      if (location) headers.Location = location;
      const cookies = answer.headers.getSetCookie();
      if (cookies.length) headers['Set-Cookie'] = cookies;
      return { allow: false, status: answer.status, headers, body: await answer.text() };
    }
    const answer = await fetch(`${origin}${PREVIEW_GRANT_VERIFY_ENDPOINT}`, {
      headers: { ...asking, Cookie: req.headers.cookie ?? '' },
      redirect: 'manual',
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    });
    await answer.body?.cancel();
    if (answer.status >= 200 && answer.status < 300) return { allow: true };
    if (answer.status === 401 || answer.status === 403) return refusal(PREVIEW_REFUSED_STATUS, PREVIEW_REFUSED_HTML);
    return refusal(PREVIEW_UNVERIFIABLE_STATUS, PREVIEW_UNVERIFIABLE_HTML);
  } catch {
    return refusal(PREVIEW_UNVERIFIABLE_STATUS, PREVIEW_UNVERIFIABLE_HTML);
  }
}
