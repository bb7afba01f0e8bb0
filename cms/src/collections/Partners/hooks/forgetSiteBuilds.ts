import type { CollectionBeforeDeleteHook } from 'payload';

/**
 * A deleted partner has no site left to build, and its site-builds row (whose partner is required) would otherwise
 * make the database refuse the delete. Removed in the delete's own transaction, so both happen or neither.
 */
export const forgetSiteBuilds: CollectionBeforeDeleteHook = async ({ req, id }) => {
  await req.payload.delete({
    collection: 'site-builds',
    where: { partner: { equals: id } },
    overrideAccess: true,
    req,
  });
};
