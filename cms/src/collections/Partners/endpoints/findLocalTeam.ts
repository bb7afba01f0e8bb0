import type { PayloadHandler } from 'payload';
import { routePostcode } from '@bfp/eligibility';
import { readCmsEnv } from '../../../env.ts';
import { formReturnOrigin, plainPage, seeOther } from '../../Enquiries/index.ts';

const env = readCmsEnv();

/**
 * GET /api/partners/find?postcode=…&from=<partnership slug> — the partnership site's "find your local team" form. The
 * postcode is routed as enquiries are (routePostcode over the active councils' districts) and the answer is a redirect
 * to the partnership site's page for it: the council that covers it, a postcode that is not one, or one no council
 * covers. A plain form and a redirect, so it works without JavaScript and the page needs none.
 */
export const findLocalTeam: PayloadHandler = async (req) => {
  const { docs: partners } = await req.payload.find({
    collection: 'partners',
    where: { active: { equals: true } },
    pagination: false,
    depth: 0,
    req,
  });
  const fromSlug = req.searchParams.get('from') ?? '';
  const from = partners.find((partner) => partner.slug === fromSlug && partner.kind === 'partnership');
  if (!from) {
    return plainPage({
      status: 400,
      title: 'We could not find that site',
      paragraphs: [
        `"from" must name the partnership's own site; "${fromSlug.slice(0, 60)}" does not. Go back and try again.`,
      ],
      headers: new Headers(),
    });
  }
  // Back to the partnership site at the address the visitor used (its domain, or its local name). A council's answer
  // is a page there too, which sends the visitor on: a form's redirect to another site would break the pages' CSP.
  const back = formReturnOrigin(req, from, env);
  const councils = partners
    .filter((partner) => partner.kind === 'council')
    .map((council) => ({ ...council, postcodeDistricts: council.postcodeDistricts ?? [] }));
  const route = routePostcode(req.searchParams.get('postcode') ?? '', councils);
  const answer = route.kind === 'partner' ? `to/${route.partner.slug}` : route.kind;
  return seeOther(`${back}/find/${answer}/`, new Headers());
};
