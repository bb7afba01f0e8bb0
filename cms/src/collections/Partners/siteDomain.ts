import type { FieldHook, TextField, Validate } from 'payload';
import { HOST_NAME_RULE, normaliseHostName } from '@bfp/static-host/host-name';

/**
 * A partner's site domain: nginx serves the site under exactly this name, so it follows nginx's host-name rule
 * (@bfp/static-host/host-name, the same check the nginx generator makes) and is stored as nginx matches it, lower
 * case with internationalised names in punycode. Two partners never share one: nginx would serve the first one's
 * site for both councils. The unique index settles two saves that race; this check names the other partner.
 */
const normalise: FieldHook = ({ value }) => {
  const check = normaliseHostName(value);
  return check.ok ? check.name : value;
};

const validate: Validate<string, unknown, unknown, TextField> = async (value, { req, id, previousValue }) => {
  const check = normaliseHostName(value);
  // One stored before this rule (the migration leaves such a domain as it was): partner staff, who cannot change it,
  // can still save their own details, and nginx leaves the site out with a warning until an admin corrects it.
  if (!check.ok)
    return value === previousValue && id !== undefined ? true : `Enter ${HOST_NAME_RULE} (${check.problem})`;
  const { docs } = await req.payload.find({
    collection: 'partners',
    where: { siteDomain: { equals: check.name }, ...(id !== undefined ? { id: { not_equals: id } } : {}) },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  });
  return docs[0]
    ? `Another partner (${docs[0].name}) already has the site domain ${check.name}: each partner needs its own`
    : true;
};

export function siteDomainField({
  access,
  hooks,
}: {
  access: TextField['access'];
  hooks: { beforeValidate: FieldHook[] };
}): TextField {
  return {
    name: 'siteDomain',
    label: 'Site domain',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    access,
    // After the admins-only check, which compares what was sent with what is stored.
    hooks: { beforeValidate: [...hooks.beforeValidate, normalise] },
    validate,
    admin: {
      description: 'The site’s address without https://, e.g. fostering.example.gov.uk. Each partner has its own.',
    },
  };
}
