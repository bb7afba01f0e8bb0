import { Forbidden, type Payload, type TypedUser } from 'payload';
import { enquiryStats, type EnquiryForStats, type EnquiryStats } from './enquiryStats.ts';

/**
 * The dashboard's numbers, from exactly the enquiries `user` may read: the query runs with their access (partner
 * staff get a constraint to their own partner), never overrideAccess. Only non-personal fields are selected, so no
 * carer's details reach the page. Null when the user may read no enquiries at all.
 */
export async function loadEnquiryStats({ payload, user, now = new Date() }: { payload: Payload; user: TypedUser | null | undefined; now?: Date }): Promise<EnquiryStats | null> {
  if (!user) return null;
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
