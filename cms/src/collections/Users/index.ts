import type { CollectionConfig } from 'payload';
import { ROLES, hasRole, isAdmin, isAdminField } from '../../access/roles.ts';

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'partner'] },
  access: {
    // Staff may read and update themselves; only admins manage other accounts.
    read: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: isAdmin,
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: ROLES.map((role) => ({ label: role.replace('-', ' '), value: role })),
      saveToJWT: true,
      // A user must not be able to promote themselves.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'partner-staff', description: 'The council this user works for.' },
      access: { create: isAdminField, update: isAdminField },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role === 'partner-staff' && !value ? 'Partner staff must belong to a partner' : true,
    },
  ],
};
