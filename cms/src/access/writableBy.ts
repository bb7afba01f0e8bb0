import { ValidationError, type FieldAccess, type FieldHook, type PayloadRequest } from 'payload';

type Who = (user: PayloadRequest['user']) => boolean;

/** Equal as stored: key order, and null against missing, make no difference. */
function sameValue(a: unknown, b: unknown): boolean {
  const normal = (value: unknown): unknown => {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) return value.map(normal);
    if (typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== null && v !== undefined)
          .sort(([x], [y]) => (x < y ? -1 : 1))
          .map(([k, v]) => [k, normal(v)]),
      );
    }
    return value;
  };
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

/**
 * A field only `who` may write, that says no out loud. Payload's field access alone drops a write the user may not make
 * and answers 200 as if it had been saved; this refuses the whole request with a 400 naming the field, so nothing
 * changes and the caller knows why. A value sent back unchanged passes: the admin's form returns read-only fields as
 * they were. The CMS's own writes (overrideAccess: the enquiry endpoint, the retention job) are not checked.
 */
export function writableBy(
  who: Who,
  why: string,
): { access: { create: FieldAccess; update: FieldAccess }; hooks: { beforeValidate: FieldHook[] } } {
  const allowed: FieldAccess = ({ req }) => who(req.user);
  const refuseChange: FieldHook = ({
    value,
    previousValue,
    operation,
    overrideAccess,
    req,
    path,
    collection,
    global,
  }) => {
    if (overrideAccess || who(req.user) || value === undefined) return value;
    if (operation === 'update' && sameValue(value, previousValue)) return value;
    const field = (path ?? []).join('.');
    throw new ValidationError(
      {
        collection: collection?.slug,
        global: global?.slug,
        errors: [{ path: field, message: `${field} cannot be changed: ${why}` }],
      },
      req.t,
    );
  };
  return { access: { create: allowed, update: allowed }, hooks: { beforeValidate: [refuseChange] } };
}

/** Written by the CMS itself only (the enquiry endpoint, hooks, jobs), never from a request, by anyone. */
export const systemWritten = (why: string) => writableBy(() => false, why);
