import type { PayloadHandler, PayloadRequest } from 'payload';
import { OUTCOME_HEADINGS, questions, type Outcome } from '@bfp/eligibility';
import type { Enquiry } from '../../../payload-types.ts';
import { STATUS_LABELS, WITHDRAWAL_LABELS, type EnquiryStatus } from '../workflow.ts';
import { enquiryForSubjectRequest, logSubjectRequest } from './subjectRequest.ts';

/**
 * GET /api/enquiries/:id/subject-export — a subject access request (UK GDPR Article 15): everything the CMS holds
 * about the person who made this enquiry, in words they can read (the question text beside each answer), as a JSON
 * download, plus the references of any other enquiries made with the same e-mail address so the admin can export
 * those too. Admins only.
 */
export const subjectExport: PayloadHandler = async (req) => {
  const found = await enquiryForSubjectRequest(req);
  if ('response' in found) return found.response;
  const { enquiry } = found;

  const body = {
    exportedAt: new Date().toISOString(),
    about: 'Personal data held by the Big Fostering Partnership CMS about the person who made this enquiry.',
    dataController: dataControllerOf(enquiry),
    enquiry: readableEnquiry(enquiry),
    otherEnquiriesWithSameEmail: await otherEnquiryReferences(req, enquiry),
  };
  await logSubjectRequest({
    req,
    enquiry,
    action: 'subject-export',
    summary: `Exported the personal data held for enquiry ${enquiry.reference}`,
  });

  return new Response(JSON.stringify(body, null, 2), {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="personal-data-${enquiry.reference}.json"`,
      // Personal data: never kept by a browser or proxy cache.
      'Cache-Control': 'no-store',
    },
  });
};

function dataControllerOf(enquiry: Enquiry) {
  const partner = typeof enquiry.partner === 'object' ? enquiry.partner : null;
  return {
    name: partner?.privacy?.dataControllerName ?? null,
    partner: partner?.name ?? null,
    privacyNotice: partner?.privacy?.noticeUrl ?? null,
    retentionMonths: partner?.privacy?.retentionMonths ?? null,
  };
}

function questionText(id: string): string {
  return questions.find((q) => q.id === id)?.question ?? id;
}

function answerText(id: string, value: unknown): string {
  const question = questions.find((q) => q.id === id);
  const option = question?.kind === 'choice' ? question.options.find((o) => o.value === value) : undefined;
  return option?.label ?? String(value);
}

function readableEnquiry(enquiry: Enquiry) {
  const answers = (
    enquiry.answers && typeof enquiry.answers === 'object' && !Array.isArray(enquiry.answers) ? enquiry.answers : {}
  ) as Record<string, unknown>;
  const findings = (Array.isArray(enquiry.findings) ? enquiry.findings : []) as Array<{
    questionId?: string;
    outcome?: string;
    reason?: string;
  }>;
  return {
    reference: enquiry.reference,
    receivedAt: enquiry.createdAt,
    receivedFrom: enquiry.sourceSite ?? null,
    contact: {
      fullName: enquiry.contact?.fullName ?? null,
      email: enquiry.contact?.email ?? null,
      phone: enquiry.contact?.phone ?? null,
      goodTimeToCall: enquiry.contact?.callTime ?? null,
    },
    answers: Object.entries(answers).map(([id, value]) => ({
      question: questionText(id),
      answer: answerText(id, value),
    })),
    eligibilityResult: OUTCOME_HEADINGS[enquiry.outcome as Outcome] ?? enquiry.outcome,
    findings: findings.map((f) => ({ question: questionText(String(f.questionId)), reason: f.reason ?? null })),
    consent: {
      given: enquiry.consent?.given ?? null,
      givenAt: enquiry.consent?.givenAt ?? null,
      privacyNoticeVersion: enquiry.consent?.privacyNoticeVersion ?? null,
    },
    emailsAboutEventsAndStories: {
      asked: enquiry.emailUpdates?.given ?? false,
      at: enquiry.emailUpdates?.givenAt ?? null,
      wording: enquiry.emailUpdates?.wording ?? null,
      wordingVersion: enquiry.emailUpdates?.wordingVersion ?? null,
    },
    status: STATUS_LABELS[enquiry.status as EnquiryStatus] ?? enquiry.status,
    // Who on the team changed a status is staff data, not the carer's: only what happened and when.
    statusHistory: (enquiry.statusHistory ?? []).map((change) => ({
      status: STATUS_LABELS[change.status as EnquiryStatus] ?? change.status,
      at: change.at ?? null,
    })),
    withdrawalReason: (enquiry.withdrawalReason && WITHDRAWAL_LABELS[enquiry.withdrawalReason]) || null,
    callBackBy: enquiry.callBackBy ?? null,
    firstContactAt: enquiry.firstContactAt ?? null,
    notes: enquiry.notes ?? null,
    anonymisedAt: enquiry.anonymisedAt ?? null,
  };
}

/** E-mail addresses are stored as typed, so the match ignores case; `contains` narrows, the exact test is below. */
async function otherEnquiryReferences(req: PayloadRequest, enquiry: Enquiry): Promise<string[]> {
  const email = enquiry.contact?.email?.trim();
  if (!email) return [];
  const { docs } = await req.payload.find({
    collection: 'enquiries',
    where: { and: [{ 'contact.email': { contains: email } }, { id: { not_equals: enquiry.id } }] },
    select: { reference: true, contact: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return docs.filter((d) => d.contact?.email?.trim().toLowerCase() === email.toLowerCase()).map((d) => d.reference);
}
