import type { CollectionConfig } from 'payload';
import { anyone, hasRole, isAdmin, isAdminField, userPartnerId } from '../../access/roles.ts';
import { partnerReach } from '../../jobs/rebuildSites/affectedPartners.ts';
import { rebuildSitesOnCollectionChange } from '../../jobs/rebuildSites/hooks.ts';
import { postcodeDistrict } from '@bfp/eligibility';

// Partner staff keep their council's local details (contact, office hours, local offer) up to date; identity,
// branding, domain and data-protection settings are the admin's.
const adminOnlyUpdate = { update: isAdminField };

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
const validateHex = (value: unknown) =>
  typeof value === 'string' && HEX_COLOUR.test(value) ? true : 'Enter a colour as # and six hex digits, e.g. #005EA5';

/**
 * A partner is a council (or the agency itself) with its own co-branded site. Everything a site needs to brand
 * itself comes from this record, so a new council needs no code.
 */
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
  hooks: rebuildSitesOnCollectionChange('partners', partnerReach),
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'e.g. Staffordshire County Council' } },
    { name: 'shortName', type: 'text', required: true, admin: { description: 'e.g. Staffordshire' } },
    {
      name: 'slug',
      access: adminOnlyUpdate,
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z][a-z0-9-]{1,40}$/.test(value)
          ? true
          : 'Use lower-case letters, digits and hyphens, starting with a letter (e.g. "staffordshire")',
      admin: { description: 'Names the site: sites/<slug> and http://<slug>.localhost:4321 locally.' },
    },
    { name: 'active',
      access: adminOnlyUpdate, type: 'checkbox', defaultValue: true, admin: { description: 'Inactive partners get no site and no enquiries.' } },
    { name: 'logo',
      access: adminOnlyUpdate, type: 'upload', relationTo: 'media', required: true },
    {
      name: 'brand',
      access: adminOnlyUpdate,
      type: 'group',
      fields: [
        { name: 'primaryColour', type: 'text', required: true, validate: validateHex, admin: { description: 'Header and buttons; white text sits on it.' } },
        { name: 'accentColour', type: 'text', required: true, validate: validateHex, admin: { description: 'Highlights and focus accents.' } },
      ],
    },
    {
      name: 'coBranding',
      access: adminOnlyUpdate,
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
        { name: 'officeHours', type: 'text' },
      ],
    },
    {
      name: 'localOffer',
      type: 'textarea',
      admin: { description: 'What this council offers its foster carers (fees, support, local groups), in a few sentences.' },
    },
    {
      name: 'deployHookUrl',
      type: 'text',
      access: { read: isAdminField, update: isAdminField },
      admin: { description: 'Production only: URL that publishes this partner’s site when its content changes. Leave empty on one machine.' },
    },
    {
      name: 'siteDomain',
      access: adminOnlyUpdate,
      type: 'text',
      required: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9.-]+\.[a-z]{2,}$/.test(value) ? true : 'Enter a domain name without https://, e.g. fostering.example.gov.uk',
    },
    {
      name: 'postcodeDistricts',
      access: adminOnlyUpdate,
      type: 'text',
      hasMany: true,
      admin: { description: 'Postcode districts this partner covers, e.g. ST16, DY1.' },
      validate: (value: unknown) => {
        const list = Array.isArray(value) ? value : [];
        const bad = list.filter((d) => typeof d !== 'string' || postcodeDistrict(d) !== d);
        return bad.length ? `Not postcode districts: ${bad.join(', ')} (use the first half of a postcode in capitals, e.g. ST16)` : true;
      },
    },
    {
      name: 'privacy',
      access: adminOnlyUpdate,
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
      ],
    },
  ],
};
