import type { CollectionConfig } from 'payload';
import { nobody } from '../../access/roles.ts';

/**
 * Counters behind the enquiry rate limit, one row per client address per window, in the database so that every web
 * instance counts the same attempts (a process's memory would let each instance allow the limit). Written only by
 * countAttempt's atomic upsert; the maintenance queue deletes expired rows.
 */
export const RateLimitWindows: CollectionConfig = {
  slug: 'rate-limit-windows',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
};
