import type { Access } from 'payload';
import { hasRole, userPartnerId } from './roles.ts';

/**
 * Admins and editors see every document; partner staff see only documents whose `field` points at their own partner
 * (returned as a query constraint, so REST, GraphQL and the Local API all filter the same way); everyone else nothing.
 */
export const ownPartnerOnly =
  (field: string): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true;
    const partnerId = userPartnerId(req.user);
    if (partnerId === null) return false;
    return { [field]: { equals: partnerId } };
  };
