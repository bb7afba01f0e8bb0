/**
 * What a preview host answers instead of the preview, the same from nginx and the Node server. Nothing of the preview
 * itself is in it. One line, without double quotes or `$`, because nginx's config carries it as a quoted string.
 */

const page = (title: string, body: string) =>
  `<!doctype html><html lang='en-GB'><head><meta charset='utf-8'><meta name='robots' content='noindex'><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/** 401: no grant, or one that is expired, forged or for another site. */
export const PREVIEW_REFUSED_STATUS = 401;
export const PREVIEW_REFUSED_HTML = page(
  'This preview is private',
  '<p>Previews show unpublished drafts, so they open only from the CMS: open the story in the CMS and use its <strong>Preview</strong> button.</p><p>A preview opened that way works for a short while; after that, use <strong>Preview</strong> again.</p>',
);

/** 503: the CMS, which alone can check a grant, could not be asked; refusing is the only safe answer. */
export const PREVIEW_UNVERIFIABLE_STATUS = 503;
export const PREVIEW_UNVERIFIABLE_HTML = page(
  'This preview cannot be checked just now',
  '<p>The CMS, which confirms who may see previews, did not answer. Try again in a minute, or open the preview again from the CMS with its <strong>Preview</strong> button.</p>',
);
