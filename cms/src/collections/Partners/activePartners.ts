import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload';
import type { Partner } from '../../payload-types.ts';

/**
 * The active partners, as the enquiry endpoint needs them on every request (CORS, the site named, postcode routing).
 * Read once and kept: on the day of a TV appeal that read was a fifth of each enquiry's database work, for a list
 * that changes a few times a year. A change to any partner empties it at once in the process that made the change;
 * other web instances read it again within `MAX_AGE_MS`, well inside the time a site takes to rebuild and deploy, so
 * no carer can be shown a change (a new privacy notice, a new council) that the endpoint does not know yet.
 */
const MAX_AGE_MS = 5_000;

// One list per Payload instance (a test process may run several, each on its own database).
const cache = new WeakMap<Payload, { partners: Promise<Partner[]>; at: number }>();

export function activePartners(req: PayloadRequest): Promise<Partner[]> {
  const cached = cache.get(req.payload);
  if (cached && Date.now() - cached.at < MAX_AGE_MS) return cached.partners;
  // Read outside the request's transaction: the list outlives the request, and must not see its uncommitted writes.
  const partners = req.payload
    .find({
      collection: 'partners',
      where: { active: { equals: true } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    .then(({ docs }) => docs);
  const entry = { partners, at: Date.now() };
  cache.set(req.payload, entry);
  // A failed read is not kept: the next request tries again.
  partners.catch(() => {
    if (cache.get(req.payload) === entry) cache.delete(req.payload);
  });
  return partners;
}

/** After any change to a partner, and after a delete: the next request reads the list again. */
export const forgetActivePartners = (({ req, doc }: { req: PayloadRequest; doc: unknown }) => {
  cache.delete(req.payload);
  return doc;
}) as CollectionAfterChangeHook & CollectionAfterDeleteHook;
