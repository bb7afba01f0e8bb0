import { isPartnerSlug, PARTNER_SLUG_RULE } from '@bfp/static-host/partner-slug';
import type { CollectionConfig } from 'payload';
import { anyone, hasRole, isAdmin, isAdminField, userPartnerId } from '../../access/roles.ts';
import { writableBy } from '../../access/writableBy.ts';
import { DEFAULT_OFFICE_HOURS, OFFICE_TIME_PATTERN } from '../Enquiries/index.ts';
import { partnerReach } from '../../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnCollectionChange } from '../../jobs/rebuildSites/hooks.ts';
import { rebuildUmbrellaSites } from './hooks/rebuildUmbrellaSites.ts';
import { forgetSiteBuilds } from './hooks/forgetSiteBuilds.ts';
import { findLocalTeam } from './endpoints/findLocalTeam.ts';
import { forgetActivePartners } from './activePartners.ts';
import { typedUrlField } from '../../fields/typedUrl.ts';
import { localDataFields } from './localData.ts';
import { siteDomainField } from './siteDomain.ts';
import { partnerLanguagesField } from '../../localization/partnerLanguages.ts';
import { postcodeDistrict } from '@bfp/eligibility';
import { checkBrandColour, isHexColour, THEMES, THEME_NAMES, TYPEFACES, TYPEFACE_NAMES, type Brand } from '@bfp/brand';

// Partner staff keep their council's local details (contact, office hours, local offer, allowances, support, groups)
// up to date; identity (name, short name, slug), branding, domain and data-protection settings are the admin's, and a
// change to them from anyone else is refused naming the field.
const adminsOnly = writableBy((user) => hasRole(user, 'admin'), 'only an admin can change it');

const validateOfficeTime = (
  value: unknown,
  { siblingData }: { siblingData: { opensAt?: string; closesAt?: string } },
) => {
  if (typeof value !== 'string' || !OFFICE_TIME_PATTERN.test(value))
    return 'Enter a time as HH:MM on the 24-hour clock, e.g. 09:00 or 17:30';
  if (siblingData.opensAt && siblingData.closesAt && siblingData.opensAt >= siblingData.closesAt)
    return 'The office must close after it opens (e.g. 09:00 to 17:00)';
  return true;
};

/**
 * A brand colour must be a hex colour and must pass every WCAG 2.2 AA pair the themes put it in; the message names
 * the pair, the shortfall and the nearest passing shade. The admin's field (components/BrandColourField) shows the
 * message in full, with the suggested shade as a swatch and a button that takes it.
 */
const validateBrandColour = (field: keyof Brand) => (value: unknown) => {
  if (!isHexColour(value)) return 'Enter a colour as # and six hex digits, e.g. #1d4f6e';
  return checkBrandColour(field, value)?.message ?? true;
};

const brandColourField = '/collections/Partners/components/BrandColourField.tsx#BrandColourField';

/**
 * A partner is a council (or the agency itself) with its own co-branded site. Everything a site needs to brand
 * itself comes from this record, so a new council needs no code.
 */
// A deleted partner has no record left to build its own site from; the umbrella site still drops it.
const rebuildHooks = rebuildSitesOnCollectionChange('partners', partnerReach, {
  alsoRebuild: rebuildUmbrellaSites,
  deletedReach: () => null,
});

export const Partners: CollectionConfig = {
  slug: 'partners',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'siteDomain', 'active'] },
  access: {
    // Public: the sites are built from these records, and nothing here is personal data.
    read: anyone,
    create: isAdmin,
    // Partner staff may keep their own council's details up to date.
    update: ({ req }) => {
      if (hasRole(req.user, 'admin')) return true;
      const partnerId = userPartnerId(req.user);
      return partnerId === null ? false : { id: { equals: partnerId } };
    },
    delete: isAdmin,
  },
  endpoints: [{ path: '/find', method: 'get', handler: findLocalTeam }],
  hooks: {
    ...rebuildHooks,
    afterChange: [forgetActivePartners, ...rebuildHooks.afterChange],
    afterDelete: [forgetActivePartners, ...rebuildHooks.afterDelete],
    beforeDelete: [forgetSiteBuilds],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      ...adminsOnly,
      admin: { description: 'e.g. Staffordshire County Council' },
    },
    { name: 'shortName', type: 'text', required: true, ...adminsOnly, admin: { description: 'e.g. Staffordshire' } },
    {
      name: 'slug',
      ...adminsOnly,
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) => (isPartnerSlug(value) ? true : `Use ${PARTNER_SLUG_RULE}`),
      admin: { description: 'Names the site: sites/<slug> and http://<slug>.localhost:4321 locally.' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'council',
      ...adminsOnly,
      options: [
        { label: 'Council (a local partner site)', value: 'council' },
        { label: 'The partnership itself (the umbrella site: routes visitors by postcode)', value: 'partnership' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      ...adminsOnly,
      admin: { description: 'Inactive partners get no site and no enquiries.' },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', required: true, ...adminsOnly },
    {
      name: 'brand',
      ...adminsOnly,
      type: 'group',
      fields: [
        {
          name: 'primaryColour',
          type: 'text',
          required: true,
          validate: validateBrandColour('primaryColour'),
          admin: {
            description: 'Header, buttons and links; white text sits on it.',
            components: { Field: brandColourField },
          },
        },
        {
          name: 'accentColour',
          type: 'text',
          required: true,
          validate: validateBrandColour('accentColour'),
          admin: { description: 'Highlights and tags; dark text sits on it.', components: { Field: brandColourField } },
        },
      ],
    },
    {
      name: 'theme',
      type: 'select',
      required: true,
      defaultValue: 'civic',
      ...adminsOnly,
      options: THEME_NAMES.map((value) => ({ value, label: THEMES[value].label })),
      admin: { description: 'The next build of this partner’s site uses it.' },
    },
    {
      name: 'typeface',
      type: 'select',
      required: true,
      defaultValue: 'system-sans',
      ...adminsOnly,
      options: TYPEFACE_NAMES.map((value) => ({ value, label: TYPEFACES[value].label })),
    },
    {
      name: 'coBranding',
      ...adminsOnly,
      type: 'group',
      fields: [
        { name: 'agency', type: 'text', required: true, defaultValue: 'National Fostering Group' },
        {
          name: 'alsoWith',
          type: 'text',
          hasMany: true,
          admin: { description: 'Other partners or funders shown in the lockup, e.g. The Big Issue.' },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'phone', type: 'text', required: true },
        { name: 'email', type: 'email', required: true },
        {
          name: 'officeHours',
          type: 'text',
          localized: true,
          admin: { description: 'As carers should read them, e.g. "Monday to Friday, 9am to 5pm".' },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'opensAt',
              label: 'Office opens',
              type: 'text',
              required: true,
              defaultValue: DEFAULT_OFFICE_HOURS.opensAt,
              validate: validateOfficeTime,
              admin: { description: 'HH:MM, 24-hour. Call-back deadlines fall within these hours on working days.' },
            },
            {
              name: 'closesAt',
              label: 'Office closes',
              type: 'text',
              required: true,
              defaultValue: DEFAULT_OFFICE_HOURS.closesAt,
              validate: validateOfficeTime,
              admin: { description: 'HH:MM, 24-hour, after opening.' },
            },
          ],
        },
        { name: 'address', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'localOffer',
      type: 'textarea',
      localized: true,
      admin: {
        description: 'What this council offers its foster carers (fees, support, local groups), in a few sentences.',
      },
    },
    ...localDataFields,
    typedUrlField({
      name: 'deployHookUrl',
      label: 'Deploy hook URL',
      access: { read: isAdminField, ...adminsOnly.access },
      hooks: adminsOnly.hooks,
      admin: {
        description:
          'Optional: a URL (https://) told (POST) after each deploy of this partner’s site, e.g. to purge a CDN. The site is built and deployed without it.',
      },
    }),
    siteDomainField(adminsOnly),
    partnerLanguagesField(adminsOnly),
    {
      name: 'postcodeDistricts',
      ...adminsOnly,
      type: 'text',
      hasMany: true,
      admin: { description: 'Postcode districts this partner covers, e.g. ST16, DY1.' },
      validate: (value: unknown) => {
        const list = Array.isArray(value) ? value : [];
        const bad = list.filter((d) => typeof d !== 'string' || postcodeDistrict(d) !== d);
        return bad.length
          ? `Not postcode districts: ${bad.join(', ')} (use the first half of a postcode in capitals, e.g. ST16)`
          : true;
      },
    },
    {
      name: 'privacy',
      ...adminsOnly,
      type: 'group',
      fields: [
        { name: 'dataControllerName', type: 'text', required: true },
        {
          name: 'noticeVersion',
          type: 'text',
          required: true,
          defaultValue: '2026-11',
          admin: { description: 'Stored with every enquiry’s consent, so we know which notice the carer saw.' },
        },
        typedUrlField({
          name: 'noticeUrl',
          label: 'Full privacy notice link',
          localized: true,
          admin: { description: 'The data controller’s full privacy notice, if it has one online (https://).' },
        }),
        {
          name: 'retentionMonths',
          type: 'number',
          required: true,
          defaultValue: 24,
          min: 1,
          max: 120,
          admin: {
            description:
              'How long an enquiry that goes no further is kept (e.g. 24 months), then deleted or anonymised.',
          },
        },
      ],
    },
  ],
};
