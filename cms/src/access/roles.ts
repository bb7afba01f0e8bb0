import type { Access, FieldAccess, PayloadRequest } from 'payload';

/**
 * Three kinds of staff. Admins (the agency's digital lead) manage users and partners; editors (marketing) write the
 * shared content; partner staff (a council's recruitment team) belong to one partner and see only its enquiries.
 */
export const ROLES = ['admin', 'editor', 'partner-staff'] as const;
export type Role = (typeof ROLES)[number];

type MaybeUser = PayloadRequest['user'];

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && user.collection === 'users' && roles.includes((user as { role?: Role }).role as Role));

/** Previews show unpublished drafts: they are for the people who write them. */
export const mayPreview = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor');

/** The partner a partner-staff user belongs to, as an id (number on SQLite, string on MongoDB). */
export function userPartnerId(user: MaybeUser): number | string | null {
  if (!user || !hasRole(user, 'partner-staff')) return null;
  const partner = (user as { partner?: unknown }).partner;
  if (partner && typeof partner === 'object' && 'id' in partner) return (partner as { id: number | string }).id;
  return typeof partner === 'number' || typeof partner === 'string' ? partner : null;
}

export const anyone: Access = () => true;
export const nobody: Access = () => false;
export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin');
export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor');
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin');
