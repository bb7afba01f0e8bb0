import type { PayloadHandler, PayloadRequest } from 'payload';
import {
  DEFAULT_LANGUAGE,
  evaluateEligibility,
  HONEYPOT_FIELD,
  routePostcode,
  validateContact,
} from '@bfp/eligibility';
import type { Enquiry, Partner } from '../../../payload-types.ts';
import { readCmsEnv } from '../../../env.ts';
import { errorSummary } from '../../../errorSummary.ts';
import { activePartners } from '../../Partners/activePartners.ts';
import { enquiryReference } from '../reference.ts';
import { callBackDeadline, DEFAULT_OFFICE_HOURS } from '../workingDays.ts';
import { KEEP_IN_TOUCH } from '../workflow.ts';
import { enquiryIdempotencyKey, isSameEnquiry } from '../idempotency.ts';
import { insertEnquiry } from '../insertEnquiry.ts';
import { clientAddress, databaseRateLimiter } from '../../RateLimitWindows/limiter.ts';
import { isFormPost, parseEnquiryRequest, type EnquiryProblem } from '../request.ts';
import { formReturnOrigin, plainPage } from './responses.ts';
import { problemReply, sentReply, type ReplyContext } from '../plainReplies/replies.ts';
import { acceptedNoticeVersions } from '../privacyNotice.ts';
import { partnerInLanguage } from '../../../localization/partnerInLanguage.ts';
import { emailUpdatesRecord } from '../../../fields/emailUpdatesConsent.ts';
import { partnerSiteCors } from '../../Partners/siteCors.ts';

// Read once: the config has validated the same variables at start-up.
const env = readCmsEnv();
const limiter = databaseRateLimiter({ scope: 'enquiry', ...env.enquiryRateLimit });

export const submitEnquiryPreflight: PayloadHandler = async (req) =>
  new Response(null, { status: 204, headers: partnerSiteCors(req, await activePartners(req)) });

type Problem = Omit<EnquiryProblem, 'ok' | 'mode' | 'partner'>;

/**
 * POST /api/enquiries/submit — the only way an enquiry is created, from the JavaScript form (JSON) or the plain HTML
 * form (a form post, answered with a 303 to the site's own result page). Everything is checked before anything is
 * stored; the outcome is recomputed with the same rules the browser ran, so a forged "eligible" changes nothing.
 */
export const submitEnquiry: PayloadHandler = async (req) => {
  try {
    return await storeEnquiry(req);
  } catch (error) {
    // Nothing half-stored is possible (the enquiry and its e-mails are one row), so the honest answer to a database
    // that is restarting, or any other failure, is "not saved, try again": never a 500 the carer cannot act on.
    req.payload.logger.error(`[enquiry] not stored: ${errorSummary(error)}`);
    return serviceUnavailable(req);
  }
};

async function storeEnquiry(req: PayloadRequest): Promise<Response> {
  const partners = await activePartners(req);
  const headers = partnerSiteCors(req, partners);
  const retryAfter = await limiter.take(req.payload, clientAddress(req));
  if (retryAfter !== null) return tooManyRequests(req, retryAfter, headers);

  const parsed = await parseEnquiryRequest(req);
  const mode = parsed.mode;
  const slug = parsed.ok ? parsed.body.partner : parsed.partner;
  const language = (parsed.ok ? parsed.body.language : parsed.language) ?? DEFAULT_LANGUAGE;
  const site = partners.find((partner) => partner.slug === slug) ?? null;
  // The reply page is in the carer's language, the partner's own texts on it too.
  const reply: ReplyContext | null = site && {
    req,
    site: mode === 'form' ? await partnerInLanguage(req.payload, site, language) : site,
    language,
    siteOrigin: formReturnOrigin(req, site, env, parsed.ok ? parsed.body.siteOrigin : parsed.siteOrigin),
    headers,
  };
  const values = parsed.values ?? {};
  const answerProblem = (problem: Problem) =>
    mode === 'form' && reply
      ? problemReply(reply, { status: problem.status, errors: formFieldErrors(problem), values })
      : jsonProblem(problem, headers);
  if (!parsed.ok) return answerProblem(parsed);
  const body = parsed.body;
  if (!site) {
    const problem = {
      status: 404,
      message: `No active partner called "${body.partner}"`,
      errors: { partner: 'Unknown partner' },
    } as const;
    if (mode === 'json') return jsonProblem(problem, headers);
    return plainPage({
      status: 404,
      title: 'We could not find that fostering service',
      paragraphs: [problem.message + '. Go back to the site you came from and try again.'],
      headers,
    });
  }
  if (parsed.honeypot.trim() !== '') {
    return answerProblem({
      status: 400,
      message: `The hidden field "${HONEYPOT_FIELD}" must be left empty: it catches automated form fillers`,
      errors: {
        [HONEYPOT_FIELD]:
          mode === 'form'
            ? 'Your browser may have filled in a hidden box that must stay empty. It is empty now: check your answers and send them again.'
            : 'Leave this field empty',
      },
    });
  }

  // The consent stored is to the notice the carer was shown: the partner's current one, or the one its live site was
  // built with until the rebuilt site is live (acceptedNoticeVersions). Any other version is from a page older than
  // the live site, which a reload replaces with one that sends an accepted version; the enquiry records which it was.
  const currentNotice = site.privacy.noticeVersion;
  if (
    body.privacyNoticeVersion !== currentNotice &&
    !(await acceptedNoticeVersions(req, site)).includes(body.privacyNoticeVersion)
  ) {
    const message = `Our privacy notice has changed since this page was loaded (the page showed version ${body.privacyNoticeVersion}; the current one is ${currentNotice}). Nothing has been sent. Reload the page, read the current notice, then send your details again.`;
    if (mode === 'json')
      return jsonProblem(
        {
          status: 409,
          message,
          errors: {
            privacyNoticeVersion: `Version ${body.privacyNoticeVersion} is no longer in force (the current one is ${currentNotice}): reload the page`,
          },
        },
        headers,
      );
    return plainPage({
      status: 409,
      title: 'Our privacy notice has changed',
      paragraphs: [message, `Or phone ${site.shortName}’s fostering team on ${site.contact.phone}.`],
      headers,
    });
  }
  // A form sent back to correct an answer keeps the notice the carer's page showed.
  if (reply) reply.noticeVersion = body.privacyNoticeVersion;

  // An enquiry belongs to the council covering the carer's postcode (the same routing the partnership site's finder
  // and every council's checker use), whichever partner's site it was sent from; when no council covers it, it stays
  // with the site's own team (on the partnership's site, the agency).
  const partner = councilCovering(body.answers, site, partners);

  const evaluation = evaluateEligibility(body.answers, {
    postcodeDistricts: partner.postcodeDistricts ?? [],
    language,
  });
  const contact = validateContact(body.contact, language);
  if (!evaluation.ok || !contact.ok) {
    const errors = {
      ...(evaluation.ok ? {} : prefixKeys('answers', evaluation.errors)),
      ...(contact.ok ? {} : prefixKeys('contact', contact.errors)),
    };
    return answerProblem({ status: 400, message: 'Some answers need correcting', errors });
  }

  const keepInTouch = evaluation.result.outcome === 'not-eligible-now';
  const content = {
    answers: evaluation.result.answers,
    contact: contact.value,
    privacyNoticeVersion: body.privacyNoticeVersion,
  };
  const idempotencyKey = enquiryIdempotencyKey({ sentKey: parsed.sentKey, partner: site.slug, content });
  const origin = req.headers.get('origin');
  let enquiry: Pick<Enquiry, 'reference' | 'outcome' | 'partner'>;
  let replayed = false;
  try {
    // Straight to the write, with no lookup first: a repeat of the same submission is rare, and the unique key
    // refuses it, so the lookup is paid only then.
    const stored = await insertEnquiry(req, {
      reference: enquiryReference(partner.slug),
      partner: partner.id,
      sourceSite:
        origin && headers.has('Access-Control-Allow-Origin')
          ? origin
          : reply && mode === 'form'
            ? reply.siteOrigin
            : 'direct',
      language,
      outcome: evaluation.result.outcome,
      answers: evaluation.result.answers,
      findings: evaluation.result.findings.map(({ questionId, outcome, reason }) => ({ questionId, outcome, reason })),
      contact: {
        fullName: contact.value.fullName,
        email: contact.value.email,
        phone: contact.value.phone,
        callTime: contact.value.callTime,
      },
      consent: { given: true, givenAt: new Date().toISOString(), privacyNoticeVersion: body.privacyNoticeVersion },
      // In the words of the site's form, naming the site's partner, in the carer's language.
      emailUpdates: emailUpdatesRecord({
        given: contact.value.emailUpdates,
        language,
        partnerName: site.name,
        now: new Date(),
      }),
      // Ruled out for now: kept in touch with, never promised a call, so no deadline.
      status: keepInTouch ? KEEP_IN_TOUCH : 'new',
      // Within the office hours of the team that will call (a record older than the hours has the defaults).
      callBackBy: keepInTouch
        ? null
        : callBackDeadline(new Date(), {
            opensAt: partner.contact.opensAt ?? DEFAULT_OFFICE_HOURS.opensAt,
            closesAt: partner.contact.closesAt ?? DEFAULT_OFFICE_HOURS.closesAt,
          }).toISOString(),
      idempotencyKey,
    });
    // Where a failed commit cannot be told from a kept row (Payload's create on MongoDB), read it back outside the
    // write before telling the carer it was received; if it is not there, they are told to try again, and the retry
    // (same key) files it.
    if (!stored.committed && !(await isStored(req, idempotencyKey)))
      throw new Error(`enquiry ${stored.reference} was not kept by the database (its commit failed)`);
    enquiry = stored;
  } catch (error) {
    // Sent before (a double click, a retry after a lost answer), or two copies raced: the unique key let exactly one
    // in. Answer with that one.
    const earlier = await findByKey(req, idempotencyKey);
    if (!earlier) throw error;
    // A key sent again with other content is a corrected resend under a key the browser should have renewed:
    // answering it with the first enquiry's reference would drop the correction without a word.
    if (!isSameEnquiry(earlier, content)) {
      return answerProblem({
        status: 422,
        message:
          'This Idempotency-Key was already used for a different enquiry, so this one has not been stored. Send a changed enquiry with a new key.',
        errors: { idempotencyKey: 'Already used for a different enquiry' },
      });
    }
    enquiry = earlier;
    replayed = true;
  }

  const team =
    enquiry.partner === partner.id
      ? partner
      : (partners.find((p) => p.id === enquiry.partner) ?? (await partnerById(req, enquiry.partner)));
  if (mode === 'form' && reply)
    return sentReply(reply, {
      reference: enquiry.reference,
      outcome: enquiry.outcome,
      status: replayed ? 200 : 201,
      team: await partnerInLanguage(req.payload, team, language),
    });
  if (replayed) headers.set('Idempotent-Replayed', 'true');
  return Response.json(
    {
      reference: enquiry.reference,
      outcome: enquiry.outcome,
      heading: evaluation.result.heading,
      partner: { name: team.name, phone: team.contact.phone },
    },
    { status: replayed ? 200 : 201, headers },
  );
}

const RETRY_AFTER_SECONDS = 30;

function serviceUnavailable(req: PayloadRequest): Response {
  const headers = new Headers({ 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' });
  const origin = req.headers.get('origin');
  // The browser must be able to read the message, or the carer sees only "failed to fetch".
  if (origin) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Vary', 'Origin');
  }
  const message =
    'We could not save your enquiry just now, so nothing has been sent. Please try again in a minute: your answers are still here.';
  if (isFormPost(req)) {
    return plainPage({
      status: 503,
      title: 'Sorry, we could not send your enquiry',
      paragraphs: [
        'We could not save your enquiry just now, so nothing has been sent.',
        'Use your browser’s back button to return to your answers, then send them again in a minute.',
      ],
      headers,
    });
  }
  return Response.json({ message, errors: {} }, { status: 503, headers });
}

function jsonProblem(problem: Problem, headers: Headers): Response {
  return Response.json({ message: problem.message, errors: problem.errors ?? {} }, { status: problem.status, headers });
}

/**
 * The plain form's fields are named by question id and contact field, without the `answers.` and `contact.` the JSON
 * errors are keyed by; a problem with no field ("not in the expected shape") is shown with its message.
 */
function formFieldErrors(problem: Problem): Record<string, string> {
  const errors = Object.entries(problem.errors ?? {}).map(
    ([key, message]) => [key.replace(/^(answers|contact)\./, ''), message] as const,
  );
  return errors.length ? Object.fromEntries(errors) : { form: problem.message };
}

function tooManyRequests(req: PayloadRequest, retryAfter: number, headers: Headers): Response {
  headers.set('Retry-After', String(retryAfter));
  const minutes = Math.ceil(retryAfter / 60);
  const message = `Too many enquiries have been sent from your internet connection. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and send it again, or phone the fostering team.`;
  if (isFormPost(req)) {
    return plainPage({
      status: 429,
      title: 'Please wait before sending again',
      paragraphs: [
        message,
        'Nothing you typed has been sent yet. Use your browser’s back button to return to your answers.',
      ],
      headers,
    });
  }
  return Response.json({ message, errors: {} }, { status: 429, headers });
}

async function partnerById(req: PayloadRequest, id: Enquiry['partner']): Promise<Partner> {
  if (typeof id === 'object') return id;
  return req.payload.findByID({ collection: 'partners', id, depth: 0, overrideAccess: true, req });
}

/** A count, not a find: the read-back only asks whether the row is there. */
async function isStored(req: PayloadRequest, idempotencyKey: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'enquiries',
    where: { idempotencyKey: { equals: idempotencyKey } },
    overrideAccess: true,
    req,
  });
  return totalDocs > 0;
}

async function findByKey(req: PayloadRequest, idempotencyKey: string): Promise<Enquiry | null> {
  const { docs } = await req.payload.find({
    collection: 'enquiries',
    where: { idempotencyKey: { equals: idempotencyKey } },
    limit: 1,
    // One row or none: no count of the total alongside it.
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return docs[0] ?? null;
}

function prefixKeys(prefix: string, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [`${prefix}.${key}`, message]));
}

function councilCovering(answers: unknown, fallback: Partner, partners: Partner[]): Partner {
  const postcode = (answers as { postcode?: unknown } | null)?.postcode;
  if (typeof postcode !== 'string') return fallback;
  const councils = partners.filter((partner) => partner.kind === 'council');
  const route = routePostcode(
    postcode,
    councils.map((c) => ({ ...c, postcodeDistricts: c.postcodeDistricts ?? [] })),
  );
  return route.kind === 'partner' ? route.partner : fallback;
}
