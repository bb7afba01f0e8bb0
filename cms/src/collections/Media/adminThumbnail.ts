import { readCmsEnv } from '../../env.ts';

export type StoredFile = {
  filename?: string | null;
  mimeType?: string | null;
  sizes?: { thumbnail?: { filename?: string | null } };
};

/**
 * The picture the admin shows for an upload: the 400×300 thumbnail, or the file itself when there is none, as for SVG
 * logos (sharp makes no resized copies of them) or an image smaller than the thumbnail. Payload's `adminThumbnail:
 * 'thumbnail'` gives those no picture URL at all.
 */
export function mediaThumbnailUrl(doc: StoredFile, serverUrl = readCmsEnv().serverUrl): string | null {
  const file = doc.sizes?.thumbnail?.filename || (doc.mimeType?.startsWith('image/') ? doc.filename : null);
  return file ? `${serverUrl}/api/media/file/${encodeURIComponent(file)}` : null;
}
