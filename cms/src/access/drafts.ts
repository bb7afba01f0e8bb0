import type { Access, CollectionBeforeOperationHook } from 'payload';
import { hasRole } from './roles.ts';

const writesContent = (user: Parameters<typeof hasRole>[0]) => hasRole(user, 'admin', 'editor');

/**
 * Drafts are for the people who write them. Editors and admins read every version; everyone else (the public, the
 * sites' builds, partner staff) reads published documents only. A query constraint, so REST, GraphQL and the Local
 * API filter alike; on a global it also keeps `?draft=true` to the published copy (Payload applies it to the
 * versions it would swap in).
 */
export const publishedUnlessEditor: Access = ({ req }) =>
  writesContent(req.user) ? true : { _status: { equals: 'published' } };

/** Old versions (drafts among them) are for editors and admins only. */
export const editorsReadVersions: Access = ({ req }) => writesContent(req.user);

/**
 * `?draft=true` from anyone else reads the published document rather than nothing: without this, a story whose latest
 * version is a draft would vanish from their answer instead of showing what is live.
 */
export const publishedOnlyUnlessEditor: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || writesContent(req.user) || (args as { overrideAccess?: boolean }).overrideAccess)
    return args;
  return { ...args, draft: false };
};
