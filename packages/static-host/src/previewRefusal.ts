import { documentShell } from '@bfp/page-shell/document';
import { html, trustedHtml } from '@bfp/page-shell/html';

/**
 * What a preview host answers instead of the preview, the same from nginx and the Node server. Nothing of the preview
 * itself is in it. One line, without double quotes or `$`, because nginx's config carries it as a quoted string.
 */

// Attributes in single quotes: nginx's quoted string cannot hold a double quote, and nothing in these pages holds a
// single one.
const page = (title: string, body: string) =>
  documentShell({ title, noindex: true, main: html`<h1>${title}</h1>${trustedHtml(body)}` }).replaceAll('"', "'");

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
