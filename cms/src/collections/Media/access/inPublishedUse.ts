import type { Access, PayloadRequest } from 'payload';
import { hasRole } from '../../../access/roles.ts';

type Id = number | string;
const idOf = (value: unknown): Id | null =>
  typeof value === 'number' || typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? idOf((value as { id: unknown }).id) : null;

/** Media placed in a story's text: lexical upload nodes, at any depth. */
export function mediaInRichText(node: unknown, found: Id[] = []): Id[] {
  if (!node || typeof node !== 'object') return found;
  const { type, relationTo, value, children, root } = node as Record<string, unknown>;
  if (type === 'upload' && relationTo === 'media') {
    const id = idOf(value);
    if (id !== null) found.push(id);
  }
  if (root) mediaInRichText(root, found);
  if (Array.isArray(children)) for (const child of children) mediaInRichText(child, found);
  return found;
}

/** Every image something public shows: the image and the text of each published story, and every partner's logo. */
export async function mediaInPublishedUse(req: PayloadRequest): Promise<Id[]> {
  const [stories, partners] = await Promise.all([
    req.payload.find({ collection: 'stories', where: { _status: { equals: 'published' } }, select: { image: true, body: true }, pagination: false, depth: 0, draft: false, overrideAccess: true, req }),
    req.payload.find({ collection: 'partners', select: { logo: true }, pagination: false, depth: 0, overrideAccess: true, req }),
  ]);
  const ids = [
    ...stories.docs.flatMap((story) => [idOf(story.image), ...mediaInRichText(story.body)]),
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
