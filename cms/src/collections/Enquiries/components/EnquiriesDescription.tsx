import type { Payload, PayloadRequest } from 'payload';
import { userPartnerId } from '../../../access/roles.ts';

/**
 * The list's heading line, for the person looking: a council's team sees "Dudley’s enquiries", since that is all
 * access control shows them; admins and editors see every partner's.
 */
export async function EnquiriesDescription({ payload, user }: { payload: Payload; user: PayloadRequest['user'] }) {
  const partnerId = userPartnerId(user);
  const partner =
    partnerId === null
      ? null
      : await payload.findByID({
          collection: 'partners',
          id: partnerId,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
        });
  const whose = partner ? `${partner.shortName}’s enquiries` : 'Enquiries from every partner site';
  return (
    <p className="view-description">
      <strong>{whose}.</strong> Call each carer back by the time shown: one working day, within office hours.
    </p>
  );
}
