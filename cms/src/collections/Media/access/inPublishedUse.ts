import type { Access, PayloadRequest } from 'payload';
import { hasRole } from '../../../access/roles.ts';
import type { MediaId } from '../mediaInContent.ts';
import { publishedImageUses } from '../publishedImageUses.ts';

/** Every image something public shows: see PUBLIC_CONTENT (the Home page, stories, pages, partners' logos …). */
export async function mediaInPublishedUse(req: PayloadRequest): Promise<MediaId[]> {
  const ids = (await publishedImageUses(req)).flatMap((use) => use.media);
  return [...new Map(ids.map((id) => [String(id), id])).values()];
}

/**
 * Editors and admins see the whole library. Everyone else, the public and the sites' builds included, sees only the
 * images something published shows: an image uploaded for a draft story stays private until the story is published.
 * A query constraint, so the REST and GraphQL lists, reads by id and the files themselves (Payload checks a file's
 * document against it) agree. Worked out per request, so it can never go stale.
 */
export const inPublishedUseUnlessEditor: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true;
  const ids = await mediaInPublishedUse(req);
  return ids.length ? { id: { in: ids } } : false;
};
