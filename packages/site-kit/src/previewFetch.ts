/**
 * A preview shows drafts, and a draft may show an image no published document uses yet, which the CMS does not serve
 * to anonymous readers. The content loader sends the editor's token with its own requests, but Astro's image pipeline
 * downloads remote images itself, with the global fetch and no way to add a header (buildTimeImages.ts). So in a
 * preview build only, the global fetch adds the token to requests for the CMS's origin — and to no other host, so the
 * token never leaves for a third party.
 */
const WRAPPED = Symbol.for('@bfp/site-kit/preview-fetch');

type Fetch = typeof globalThis.fetch;

export function sendPreviewTokenToCms({ cmsUrl, token }: { cmsUrl: string; token: string }): void {
  const original = globalThis.fetch as Fetch & { [WRAPPED]?: true };
  // Astro may run config hooks more than once (restarts in dev); one wrapper is enough.
  if (original[WRAPPED]) return;
  const cmsOrigin = new URL(cmsUrl).origin;
  const withToken = (input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]): ReturnType<Fetch> => {
    // Read without building a Request: that would consume the body of one passed in.
    const url = input instanceof Request ? input.url : String(input);
    if (!URL.canParse(url) || new URL(url).origin !== cmsOrigin) return original(input, init);
    const request = new Request(input, init);
    if (request.headers.has('authorization')) return original(request);
    const headers = new Headers(request.headers);
    headers.set('Authorization', `JWT ${token}`);
    return original(new Request(request, { headers }));
  };
  globalThis.fetch = Object.assign(withToken, { [WRAPPED]: true as const });
}
