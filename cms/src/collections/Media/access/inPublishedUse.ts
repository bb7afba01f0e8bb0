import type { Access, PayloadRequest } from 'payload';
import { hasRole } from '../../../access/roles.ts';
import { mediaIdOf as idOf, mediaInBlocks, mediaInRichText, type MediaId as Id } from '../mediaInContent.ts';

/**
 * Every image something public shows: the image and the text of each published story, the image and text blocks of
 * each published page, and every partner's logo.
 */
export async function mediaInPublishedUse(req: PayloadRequest): Promise<Id[]> {
  const published = { where: { _status: { equals: 'published' } }, pagination: false, depth: 0, draft: false, overrideAccess: true, req } as const;
  const [stories, pages, partners] = await Promise.all([
    req.payload.find({ collection: 'stories', ...published, select: { image: true, body: true } }),
    req.payload.find({ collection: 'pages', ...published, select: { layout: true } }),
    req.payload.find({ collection: 'partners', select: { logo: true }, pagination: false, depth: 0, overrideAccess: true, req }),
  ]);
  const ids = [
    ...stories.docs.flatMap((story) => [idOf(story.image), ...mediaInRichText(story.body)]),
    ...pages.docs.flatMap((page) => mediaInBlocks(page.layout)),
    ...partners.docs.map((partner) => idOf(partner.logo)),
  ].filter((id): id is Id => id !== null);
  return [...new Set(ids)];
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
