import { umbrellaListing, umbrellaReach } from '../../../jobs/rebuildSites/affectedPartners.ts';
import type { AlsoRebuild } from '../../../jobs/rebuildSites/hooks.ts';

type PartnerDoc = Parameters<typeof umbrellaListing>[0];

/**
 * The partnership's own site lists every council and routes postcodes to them, so a council joining, leaving or
 * changing how it is listed rebuilds that site too. Its id is looked up now, not configured: it is whichever active
 * partner is the partnership today.
 */
export const rebuildUmbrellaSites: AlsoRebuild = async ({ before, after, req }) => {
  const change = { before: before as PartnerDoc, after: after as PartnerDoc };
  // Most edits (contact details, office hours) leave the list alone: no query for them.
  if (umbrellaListing(change.before) === umbrellaListing(change.after)) return null;
  const { docs } = await req.payload.find({
    collection: 'partners',
    where: { kind: { equals: 'partnership' }, active: { equals: true } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  });
  return umbrellaReach({ ...change, umbrellaIds: docs.map((doc) => doc.id) });
};
