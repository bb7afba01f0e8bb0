import type { Access } from 'payload';

/**
 * Drafts are for staff: signed-in users read every document, the public (and so the site builds) only published
 * ones. Enforced as a query constraint, so REST, GraphQL and the Local API agree.
 */
export const publishedOrStaff: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } });
