import { ValidationError, type PayloadRequest } from 'payload';
import type { Booking, Event } from '../../payload-types.ts';

export const BOOKING_STATUSES = ['booked', 'waiting', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** The same person, however they typed their address this time: one booking each per event. */
export const personKeyOf = (email: string) => email.trim().toLowerCase();

export type NewBooking = Pick<Booking, 'fullName' | 'email' | 'phone' | 'accessNeeds' | 'language' | 'emailUpdates'>;

export type TakenPlace =
  | { kind: 'booked'; booking: Booking }
  | { kind: 'waiting'; booking: Booking; position: number }
  | { kind: 'already'; booking: Booking; position: number | null };

const isUniqueViolation = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((problem) => /unique/i.test(problem.message));

/**
 * Gives the person a place at the event, or one on its waiting list when every place is taken. The database decides
 * who has which place: each booking holds a numbered seat, unique per event (collections/Bookings/index.ts), so two
 * requests that both saw the last place free cannot both store it, on either database or web instance. The one that
 * loses reads the places again and takes another, or joins the waiting list once none is left. A free seat is chosen
 * at random, so a burst of requests mostly tries different seats instead of queueing on the lowest.
 */
export async function takePlace(req: PayloadRequest, event: Event, person: NewBooking): Promise<TakenPlace> {
  const { payload } = req;
  const personKey = personKeyOf(person.email);
  const places = event.places ?? 0;
  const partner = typeof event.partner === 'object' ? (event.partner?.id ?? null) : (event.partner ?? null);
  const already = async (): Promise<TakenPlace | null> => {
    const { docs } = await payload.find({
      collection: 'bookings',
      where: { and: [{ event: { equals: event.id } }, { personKey: { equals: personKey } }] },
      limit: 1,
      overrideAccess: true,
      depth: 0,
      req,
    });
    return docs[0] ? { kind: 'already', booking: docs[0], position: await waitingPosition(req, docs[0]) } : null;
  };
  const found = await already();
  if (found) return found;
  // Bounded: each lost race means another booking took a seat, and there are only `places` of them.
  for (let attempt = 0; attempt <= places + 1; attempt += 1) {
    const taken = await payload.find({
      collection: 'bookings',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'booked' } }] },
      select: { seat: true },
      overrideAccess: true,
      depth: 0,
      pagination: false,
      req,
    });
    const held = new Set(taken.docs.map((booking) => booking.seat));
    const free = Array.from({ length: places }, (_, index) => index + 1).filter((seat) => !held.has(seat));
    const seat = free.length ? free[Math.floor(Math.random() * free.length)]! : null;
    try {
      const booking = await payload.create({
        collection: 'bookings',
        data: { ...person, event: event.id, partner, personKey, status: seat ? 'booked' : 'waiting', seat },
        overrideAccess: true,
        depth: 0,
        req,
      });
      if (seat) return { kind: 'booked', booking };
      return { kind: 'waiting', booking, position: (await waitingPosition(req, booking))! };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Lost to the same person booking at the same moment, or to someone else for the seat: which, the rows say.
      const duplicate = await already();
      if (duplicate) return duplicate;
    }
  }
  throw new Error(`could not place a booking for event ${event.id}: its places kept changing`);
}

/** A waiting booking's place in the queue (1 is offered the next place to come free); null when not waiting. */
async function waitingPosition(req: PayloadRequest, booking: Booking): Promise<number | null> {
  if (booking.status !== 'waiting') return null;
  const eventId = typeof booking.event === 'object' ? booking.event.id : booking.event;
  const ahead = await req.payload.count({
    collection: 'bookings',
    where: {
      and: [
        { event: { equals: eventId } },
        { status: { equals: 'waiting' } },
        {
          or: [
            { createdAt: { less_than: booking.createdAt } },
            { and: [{ createdAt: { equals: booking.createdAt } }, { id: { less_than: booking.id } }] },
          ],
        },
      ],
    },
    overrideAccess: true,
    req,
  });
  return ahead.totalDocs + 1;
}
