import type { CollectionConfig, Field } from 'payload';
import { Enquiries } from '../Enquiries/index.ts';
import { isAdmin } from '../../access/roles.ts';

export const BENCH_BARE_ENQUIRIES = 'bench-bare-enquiries';

/**
 * The benchmark's yardstick, present only when BENCH_BARE_CREATE=true (never in production): the enquiries
 * collection's fields, stored the same way, with everything that makes an enquiry an enquiry taken off — no hooks, no
 * field access or validation, no versions, anyone may create. `POST /api/bench-bare-enquiries?depth=0` is then the
 * cheapest thing Payload does for the same stored row, which the submit endpoint is measured against.
 */
export function benchBareEnquiries(): CollectionConfig {
  return {
    slug: BENCH_BARE_ENQUIRIES,
    admin: { hidden: true },
    access: { create: () => true, read: isAdmin, update: () => false, delete: () => false },
    fields: bare(Enquiries.fields),
  };
}

// Field kinds that store nothing; the rest keep name, type, options, defaults, uniqueness and indexes.
function bare(fields: Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if (field.type === 'ui' || ('virtual' in field && field.virtual)) return [];
    const { hooks, access, validate, admin, ...kept } = field as Field & {
      hooks?: unknown;
      access?: unknown;
      validate?: unknown;
      admin?: unknown;
    };
    const stored = kept as Field;
    if ('fields' in stored && Array.isArray(stored.fields))
      return [{ ...stored, fields: bare(stored.fields) } as Field];
    return [stored];
  });
}
