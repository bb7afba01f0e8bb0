import { Forbidden, type Payload, type PayloadRequest, type TypedUser, type Where } from 'payload';
import { enquiryStats, statsFromAggregates, type EnquiryForStats, type EnquiryStats } from './enquiryStats.ts';
import { aggregateEnquiryStats, canAggregate, type StatsScope } from './aggregateEnquiryStats.ts';

/**
 * The enquiries collection's own read access, for this user, as a scope the database can count in: everything, one
 * partner's, or nothing (null). Anything else the access rule might one day return is `undefined`: the caller then
 * reads through Payload, which applies any rule.
 */
async function readScope(payload: Payload, user: TypedUser): Promise<StatsScope | null | undefined> {
  const read = payload.collections.enquiries.config.access.read;
  const access = await read({ req: { payload, user } as PayloadRequest });
  if (access === true) return 'all';
  if (access === false) return null;
  const partner = (access as Where).partner as { equals?: number | string } | undefined;
  if (Object.keys(access).length === 1 && partner && Object.keys(partner).length === 1 && partner.equals !== undefined)
    return { partner: partner.equals };
  return undefined;
}

/**
 * The dashboard's numbers, from exactly the enquiries `user` may read: counted by the database within the scope the
 * collection's read access gives them (partner staff: their own partner), or read with their access where it cannot.
 * Only counts and non-personal fields are used, so no carer's details reach the page. Null when the user may read no
 * enquiries at all.
 */
export async function loadEnquiryStats({
  payload,
  user,
  now = new Date(),
}: {
  payload: Payload;
  user: TypedUser | null | undefined;
  now?: Date;
}): Promise<EnquiryStats | null> {
  if (!user) return null;
  if (canAggregate(payload)) {
    const scope = await readScope(payload, user);
    if (scope === null) return null;
    if (scope !== undefined) return statsFromAggregates(await aggregateEnquiryStats({ payload, scope, now }), now);
  }
  return readEnquiryStats({ payload, user, now });
}

/** The same figures from every enquiry read through Payload with the user's access: MongoDB's way, and the reference. */
export async function readEnquiryStats({
  payload,
  user,
  now = new Date(),
}: {
  payload: Payload;
  user: TypedUser;
  now?: Date;
}): Promise<EnquiryStats | null> {
  try {
    const { docs } = await payload.find({
      collection: 'enquiries',
      overrideAccess: false,
      user,
      pagination: false,
      depth: 1,
      select: {
        partner: true,
        sourceSite: true,
        outcome: true,
        status: true,
        createdAt: true,
        firstContactAt: true,
        callBackBy: true,
        statusHistory: { status: true },
        emailNotDelivered: true,
      },
      populate: { partners: { name: true } },
    });
    return enquiryStats(docs as EnquiryForStats[], now);
  } catch (error) {
    if (error instanceof Forbidden) return null;
    throw error;
  }
}
