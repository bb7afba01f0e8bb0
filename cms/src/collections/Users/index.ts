import type { CollectionConfig } from 'payload';
import { ROLES, hasRole, isAdmin, isAdminField } from '../../access/roles.ts';
import { readCmsEnv } from '../../env.ts';
import { forgiveSuccessfulSignIn, limitSignIns } from './hooks/limitSignIns.ts';
import { refuseFirstRegister } from './endpoints/refuseFirstRegister.ts';

const { runtime } = readCmsEnv();

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // No account lock: anyone could lock an admin out with five bad guesses. Failed sign-ins are limited per client
    // address instead (hooks/limitSignIns.ts).
    maxLoginAttempts: 0,
    // Production is served over https only; elsewhere (npm start, tests) over http://localhost.
    cookies: { secure: runtime === 'production', sameSite: 'Lax' },
  },
  hooks: { beforeOperation: [limitSignIns], afterLogin: [forgiveSuccessfulSignIn] },
  // A production database starts with no users: its first admin is made by the operator (firstAdmin.ts), not by
  // whoever finds the admin first.
  endpoints: runtime === 'production' ? [refuseFirstRegister] : [],
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'partner'] },
  access: {
    // Staff may read and update themselves; only admins manage other accounts.
    read: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: isAdmin,
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    delete: isAdmin,
    // Unlocking is an admin's decision; for anyone else the answer is the same 403 whether the address exists or not.
    unlock: isAdmin,
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
