import type { PayloadHandler, PayloadRequest } from 'payload';
import {
  DEFAULT_LANGUAGE,
  HONEYPOT_FIELD,
  controlCharacterMessage,
  hasControlCharacter,
  isLanguage,
  validateContactField,
  type Language,
} from '@bfp/eligibility';
import type { Event } from '../../../payload-types.ts';
import { activePartners } from '../../Partners/activePartners.ts';
import { partnerSiteCors } from '../../Partners/siteCors.ts';
import { emailUpdatesRecord } from '../../../fields/emailUpdatesConsent.ts';
import { takePlace } from '../places.ts';

/** What a booking is sent with; anything else is refused by name. */
const FIELDS = ['event', 'fullName', 'email', 'phone', 'accessNeeds', 'emailUpdates', 'language', HONEYPOT_FIELD];
const MAX_BODY_BYTES = 16 * 1024;
export const ACCESS_NEEDS_LIMIT = 500;

type Problem = { status: number; message: string; errors?: Record<string, string> };

export const bookPlacePreflight: PayloadHandler = async (req) =>
  new Response(null, { status: 204, headers: partnerSiteCors(req, await activePartners(req)) });

/**
 * POST /api/bookings/book — a place at an information event, from the booking form on a partner site (JSON). The
 * person's details are checked with the same contact-field rules as an enquiry, and the event must take bookings
 * here and still be open; then they get a place, or one on the waiting list when it is full (takePlace). The same
 * person booking again is told they already have one, and nothing is stored twice. Every answer is `no-store`.
 */
export const bookPlace: PayloadHandler = async (req) => {
  const headers = partnerSiteCors(req, await activePartners(req));
  const answer = (status: number, body: object) => Response.json(body, { status, headers });
  const problem = ({ status, message, errors }: Problem) => answer(status, { message, ...(errors ? { errors } : {}) });

  const parsed = await readBooking(req);
  if ('status' in parsed) return problem(parsed);
  const { body, language } = parsed;

  const event = await findEvent(req, body.event);
  if (!event)
    return problem({ status: 400, message: 'No such event', errors: { event: 'Choose an event from the site' } });
  if (!event.places)
    return problem({
      status: 409,
      message: `“${event.title}” is not booked on this site`,
      errors: { event: 'This event does not take bookings here: see the event’s own details for how to go' },
    });
  const now = new Date();
  const closesAt = new Date(event.bookingClosesAt ?? event.startsAt);
  if (now >= closesAt)
    return problem({
      status: 409,
      message: `Booking for “${event.title}” has closed`,
      errors: { event: 'Booking for this event has closed' },
    });

  const partnerName = await runningPartnerName(req, event);
  const taken = await takePlace(req, event, {
    fullName: String(body.fullName).trim(),
    email: String(body.email).trim(),
    phone: typeof body.phone === 'string' && body.phone.trim() ? body.phone.trim() : null,
    accessNeeds: typeof body.accessNeeds === 'string' && body.accessNeeds.trim() ? body.accessNeeds.trim() : null,
    language,
    emailUpdates: emailUpdatesRecord({ given: body.emailUpdates === true, language, partnerName, now }),
  });
  const summary = {
    booking: taken.booking.id,
    status: taken.booking.status,
    ...('position' in taken && taken.position !== null ? { position: taken.position } : {}),
    event: { id: event.id, title: event.title, startsAt: event.startsAt },
  };
  if (taken.kind === 'already')
    return answer(200, { ...summary, already: true, message: `You have already booked for “${event.title}”` });
  return answer(201, summary);
};

async function readBooking(
  req: PayloadRequest,
): Promise<Problem | { body: Record<string, unknown>; language: Language }> {
  if (!req.headers.get('content-type')?.startsWith('application/json'))
    return { status: 415, message: 'Send the booking as JSON (Content-Type: application/json)' };
  const text = await req.text!();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    return { status: 413, message: `The booking is larger than ${MAX_BODY_BYTES / 1024} KB` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: 400, message: 'The booking is not valid JSON' };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { status: 400, message: 'The booking must be a JSON object' };
  const fields = body as Record<string, unknown>;
  const language = fields.language ?? DEFAULT_LANGUAGE;
  if (!isLanguage(language))
    return {
      status: 400,
      message: 'Unknown language',
      errors: { language: `"${String(language)}" is not a language of the sites` },
    };
  const errors: Record<string, string> = {};
  for (const key of Object.keys(fields)) if (!FIELDS.includes(key)) errors[key] = `"${key}" is not a booking field`;
  if (typeof fields[HONEYPOT_FIELD] === 'string' && fields[HONEYPOT_FIELD].trim() !== '')
    errors[HONEYPOT_FIELD] = 'Leave this field empty';
  for (const field of ['fullName', 'email'] as const) {
    const message = validateContactField(field, fields[field], language);
    if (message) errors[field] = message;
  }
  // Optional, but checked as the enquiry checks it when given.
  if (fields.phone !== undefined && fields.phone !== null && fields.phone !== '') {
    const message = validateContactField('phone', fields.phone, language);
    if (message) errors.phone = message;
  }
  const needs = fields.accessNeeds;
  if (needs !== undefined && needs !== null) {
    if (typeof needs !== 'string') errors.accessNeeds = 'Describe any access needs in words';
    else if (needs.length > ACCESS_NEEDS_LIMIT)
      errors.accessNeeds = `Access needs must be ${ACCESS_NEEDS_LIMIT} characters or fewer`;
    else if (hasControlCharacter(needs, 'multi'))
      errors.accessNeeds = controlCharacterMessage('Access needs', 'multi', language);
  }
  const updates = validateContactField('emailUpdates', fields.emailUpdates, language);
  if (updates) errors.emailUpdates = updates;
  if (fields.event === undefined || fields.event === null || fields.event === '')
    errors.event = 'Choose an event from the site';
  if (Object.keys(errors).length) return { status: 400, message: 'Some details need correcting', errors };
  return { body: fields, language };
}

/** The event with the council running it (depth 1), which names the opt-in's sender without another read. */
async function findEvent(req: PayloadRequest, id: unknown): Promise<Event | null> {
  if (typeof id !== 'number' && !(typeof id === 'string' && /^\d{1,12}$/.test(id))) return null;
  return req.payload.findByID({ collection: 'events', id, depth: 1, overrideAccess: true, req, disableErrors: true });
}

/** Who the opt-in's e-mails would come from: the council running the event, or the partnership for one of its own. */
async function runningPartnerName(req: PayloadRequest, event: Event): Promise<string> {
  if (event.partner && typeof event.partner === 'object') return event.partner.name;
  const { docs } = await req.payload.find({
    collection: 'partners',
    where: { kind: { equals: 'partnership' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return docs[0]?.name ?? 'the Big Fostering Partnership';
}
