import type { CollectionConfig } from 'payload';
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_FOR_TEAM } from '@bfp/eligibility';
import { isAdmin, nobody } from '../../access/roles.ts';
import { ownPartnerOnly } from '../../access/ownPartnerOnly.ts';
import { systemWritten } from '../../access/writableBy.ts';
import { emailUpdatesField } from '../../fields/emailUpdatesConsent.ts';
import { bookPlace, bookPlacePreflight } from './endpoints/bookPlace.ts';
import { BOOKING_STATUSES, type BookingStatus } from './places.ts';

const STATUS_LABELS: Record<BookingStatus, string> = {
  booked: 'Booked',
  waiting: 'On the waiting list',
  cancelled: 'Cancelled',
};
/** What the person sent, and the place the CMS gave them: written by the booking endpoint only. */
const sent = systemWritten('it is what the person sent when they booked');

/**
 * Places at information events, booked on the partner sites (POST /api/bookings/book): personal data, read as
 * enquiries are, by the event's own partner's team, the partnership's editors and admins; never by the public.
 * A place is a numbered seat, unique per event, so two people booking the last place at once cannot both have it.
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'event', 'status', 'createdAt'],
    description:
      'Places booked at information events. Only the team of the council running the event sees its bookings.',
  },
  access: {
    read: ownPartnerOnly('partner'),
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  indexes: [
    // One seat, one person: the database refuses a second booking of the same seat, whichever instance wrote it.
    { fields: ['event', 'seat'], unique: true },
    // One booking a person an event while it stands; a cancelled booking frees the key (it is emptied).
    { fields: ['event', 'personKey'], unique: true },
  ],
  endpoints: [
    { path: '/book', method: 'post', handler: bookPlace },
    { path: '/book', method: 'options', handler: bookPlacePreflight },
  ],
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, ...sent },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      index: true,
      ...sent,
      admin: { description: 'The council running the event; empty for a partnership-wide event.' },
    },
    { name: 'fullName', label: 'Name', type: 'text', required: true, ...sent },
    { name: 'email', type: 'text', required: true, ...sent },
    { name: 'phone', type: 'text', ...sent },
    { name: 'accessNeeds', type: 'textarea', ...sent },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: BOOKING_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      ...sent,
      admin: { position: 'sidebar' },
    },
    {
      name: 'seat',
      type: 'number',
      ...sent,
      admin: {
        position: 'sidebar',
        description: 'The place held (1 to the event’s places); empty on the waiting list.',
      },
    },
    {
      name: 'personKey',
      type: 'text',
      ...sent,
      admin: { hidden: true },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: DEFAULT_LANGUAGE,
      options: LANGUAGES.map((value) => ({ value, label: LANGUAGE_FOR_TEAM[value] })),
      ...sent,
    },
    emailUpdatesField(sent),
  ],
};
