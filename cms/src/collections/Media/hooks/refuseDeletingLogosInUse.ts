import { APIError, type CollectionBeforeDeleteHook } from 'payload';

/**
 * A partner's logo is required on its site: deleting the image would leave the partner unrenderable (and the database
 * refuses it anyway, with an unhelpful 500). Say which partner uses it instead.
 */
export const refuseDeletingLogosInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'partners',
    where: { logo: { equals: id } },
    limit: 5,
    depth: 0,
    overrideAccess: true,
    req,
  });
  if (docs.length) {
    const names = docs.map((partner) => partner.name).join(', ');
    // `data` keeps the message in production responses (Payload's formatter keys on it; minified class names break the fallback).
    throw new APIError(
      `This image is the logo of ${names}. Give ${docs.length === 1 ? 'that partner' : 'those partners'} another logo before deleting it.`,
      409,
      { partners: docs.map((partner) => partner.slug) },
      true,
    );
  }
};
