import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import { anyone, hasRole, userPartnerId } from '../../access/roles.ts';
import { ownPartnerOnly } from '../../access/ownPartnerOnly.ts';
import { eventReach } from '../../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnCollectionChange } from '../../jobs/rebuildSites/hooks.ts';
import { typedUrlField } from '../../fields/typedUrl.ts';
import { recordWrittenIn, writtenInFields } from '../../localization/writtenIn.ts';

/** Partner staff may only create events for their own council, never partnership-wide ones. */
const keepPartnerStaffToOwnPartner: CollectionBeforeChangeHook = ({ req, data }) => {
  if (!hasRole(req.user, 'partner-staff')) return data;
  return { ...data, partner: userPartnerId(req.user), allPartners: false };
};

/** Information events (drop-ins, online sessions): one partner's, or the whole partnership's. */
export const Events: CollectionConfig = {
  slug: 'events',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'partner', 'allPartners', 'translation'] },
  access: {
    read: anyone,
    create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'partner-staff'),
    update: ownPartnerOnly('partner'),
    delete: ownPartnerOnly('partner'),
  },
  hooks: (() => {
    const rebuild = rebuildSitesOnCollectionChange('events', eventReach);
    return { ...rebuild, beforeChange: [keepPartnerStaffToOwnPartner, recordWrittenIn, ...rebuild.beforeChange] };
  })(),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', required: true, maxLength: 400, localized: true },
    { name: 'startsAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'endsAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'in-person',
      options: [
        { label: 'In person', value: 'in-person' },
        { label: 'Online', value: 'online' },
      ],
    },
    {
      name: 'venue',
      type: 'text',
      localized: true,
      admin: { condition: (data) => data?.format === 'in-person', description: 'Place and address.' },
    },
    typedUrlField({
      name: 'onlineLink',
      label: 'Online event link',
      admin: {
        condition: (data) => data?.format === 'online',
        description: 'Where people join, starting with https://.',
      },
    }),
    {
      name: 'places',
      label: 'Places to book on the sites',
      type: 'number',
      min: 1,
      max: 10000,
      admin: {
        description:
          'People book a place on the partner sites, and join a waiting list when it is full. Leave empty when booking is elsewhere or not needed.',
      },
    },
    {
      name: 'bookingClosesAt',
      label: 'Booking closes at',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => Boolean(data?.places),
        description: 'When the sites stop taking bookings. Empty: when the event starts.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
        value && siblingData.startsAt && new Date(value as string) > new Date(siblingData.startsAt)
          ? 'Booking must close before the event starts'
          : true,
    },
    typedUrlField({
      name: 'bookingUrl',
      label: 'Booking link',
      admin: { description: 'Where to book a place, if booking is needed, starting with https://.' },
    }),
    {
      name: 'allPartners',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'A partnership-wide event, shown on every partner site.' },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      admin: { position: 'sidebar', condition: (data) => !data?.allPartners },
      validate: (value: unknown, { siblingData }: { siblingData: { allPartners?: boolean } }) =>
        !siblingData.allPartners && !value
          ? 'Choose the partner running this event, or show it on all partner sites'
          : true,
    },
    ...writtenInFields,
  ],
};
