import type { PayloadHandler, PayloadRequest } from 'payload';
import { evaluateEligibility, routePostcode, validateContact } from '@bfp/eligibility';
import type { Partner } from '../../../payload-types.ts';
import { readCmsEnv } from '../../../env.ts';
import { partnerSiteOrigins } from '../../Partners/siteOrigins.ts';
import { enquiryReference } from '../reference.ts';
import { parseEnquiryRequest, type EnquiryProblem } from '../request.ts';

// Read once: the config has validated the same variables at start-up.
const env = readCmsEnv();

/** CORS is answered here, per partner origin, because the allowed origins live in partner records, not in config. */
async function corsHeaders(req: PayloadRequest): Promise<Headers> {
  const headers = new Headers({ Vary: 'Origin' });
  const origin = req.headers.get('origin');
  if (!origin) return headers;
  const { docs } = await req.payload.find({
    collection: 'partners',
    where: { active: { equals: true } },
    pagination: false,
    depth: 0,
    select: { slug: true, siteDomain: true },
    req,
  });
  if (docs.some((partner) => partnerSiteOrigins(partner, env).includes(origin))) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Methods', 'POST, OPTIONS');
    headers.set('Access-Control-Allow-Headers', 'Content-Type');
    headers.set('Access-Control-Max-Age', '600');
  }
  return headers;
}

function problemResponse(problem: Omit<EnquiryProblem, 'ok'>, headers: Headers): Response {
  return Response.json({ message: problem.message, errors: problem.errors ?? {} }, { status: problem.status, headers });
}

export const submitEnquiryPreflight: PayloadHandler = async (req) => new Response(null, { status: 204, headers: await corsHeaders(req) });

/**
 * POST /api/enquiries/submit — the only way an enquiry is created. Everything is checked before anything is stored;
 * the outcome is recomputed with the same rules the browser ran, so a forged "eligible" changes nothing.
 */
export const submitEnquiry: PayloadHandler = async (req) => {
  const headers = await corsHeaders(req);
  const parsed = await parseEnquiryRequest(req);
  if (!parsed.ok) return problemResponse(parsed, headers);
  const body = parsed.body;

  const { docs } = await req.payload.find({
    collection: 'partners',
    where: { slug: { equals: body.partner }, active: { equals: true } },
    limit: 1,
    depth: 0,
    req,
  });
  const site = docs[0];
  if (!site) {
    return problemResponse({ status: 404, message: `No active partner called "${body.partner}"`, errors: { partner: 'Unknown partner' } }, headers);
  }
  // An enquiry on the partnership's own site belongs to the council covering the carer's postcode (the same routing
  // the site's postcode box uses), or stays with the agency when no council does.
  const partner = site.kind === 'partnership' ? await councilCovering(req, body.answers, site) : site;

  const evaluation = evaluateEligibility(body.answers, { postcodeDistricts: partner.postcodeDistricts ?? [] });
  const contact = validateContact(body.contact);
  const errors = {
    ...(evaluation.ok ? {} : prefixKeys('answers', evaluation.errors)),
    ...(contact.ok ? {} : prefixKeys('contact', contact.errors)),
  };
  if (!evaluation.ok || !contact.ok) {
    return problemResponse({ status: 400, message: 'Some answers need correcting', errors }, headers);
  }

  const origin = req.headers.get('origin');
  const enquiry = await req.payload.create({
    collection: 'enquiries',
    overrideAccess: true,
    req,
    data: {
      reference: enquiryReference(partner.slug),
      partner: partner.id,
      sourceSite: origin && headers.has('Access-Control-Allow-Origin') ? origin : 'direct',
      outcome: evaluation.result.outcome,
      answers: evaluation.result.answers,
      findings: evaluation.result.findings.map(({ questionId, outcome, reason }) => ({ questionId, outcome, reason })),
      contact: { fullName: contact.value.fullName, email: contact.value.email, phone: contact.value.phone },
      consent: { given: true, givenAt: new Date().toISOString(), privacyNoticeVersion: body.privacyNoticeVersion },
      status: 'new',
    },
  });

  // Stored first; the e-mail is a durable job, so an SMTP outage can delay it but never lose the enquiry.
  await req.payload.jobs.queue({ task: 'notifyPartnerOfEnquiry', input: { enquiry: String(enquiry.id) }, req });

  return Response.json(
    {
      reference: enquiry.reference,
      outcome: evaluation.result.outcome,
      heading: evaluation.result.heading,
      partner: { name: partner.name, phone: partner.contact.phone },
    },
    { status: 201, headers },
  );
};

function prefixKeys(prefix: string, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [`${prefix}.${key}`, message]));
}

async function councilCovering(req: PayloadRequest, answers: unknown, fallback: Partner): Promise<Partner> {
  const postcode = (answers as { postcode?: unknown } | null)?.postcode;
  if (typeof postcode !== 'string') return fallback;
  const { docs: councils } = await req.payload.find({
    collection: 'partners',
    where: { active: { equals: true }, kind: { equals: 'council' } },
    pagination: false,
    depth: 0,
    req,
  });
  const route = routePostcode(postcode, councils.map((c) => ({ ...c, postcodeDistricts: c.postcodeDistricts ?? [] })));
  return route.kind === 'partner' ? route.partner : fallback;
}
