import { Forbidden, type PayloadHandler, type Where } from 'payload';
import {
  callTimeLabel,
  describeAnswers,
  isLanguage,
  LANGUAGE_FOR_TEAM,
  OUTCOME_LABELS,
  questions,
  type AnswerFinding,
} from '@bfp/eligibility';
import type { Enquiry } from '../../../payload-types.ts';
import {
  ENQUIRY_STATUSES,
  STATUS_LABELS,
  WITHDRAWAL_LABELS,
  isCallBackOverdue,
  type EnquiryStatus,
} from '../workflow.ts';
import { londonDateTime } from '../workingDays.ts';
import { csvLine } from './csv.ts';

const COLUMNS = [
  'Reference',
  'Partner',
  'Site',
  'Received',
  'Call back by',
  'Overdue',
  'Status',
  'Withdrawal reason',
  'First contact',
  'Outcome',
  'Name',
  'E-mail',
  'Phone',
  'Good time to call',
  'Language',
  'E-mails about events and stories',
  // A column per question, headed with the question as the carer read it, then what the answers mean.
  ...questions.map((question) => question.question),
  'To talk through',
];

/** Enquiries read per query while the CSV streams. */
export const CSV_PAGE_SIZE = 500;

function problem(status: number, message: string): Response {
  return Response.json({ message }, { status });
}

function enquiryCsvLine(enquiry: Enquiry, now: Date): string {
  const partner = typeof enquiry.partner === 'object' ? enquiry.partner.name : String(enquiry.partner);
  const answers = describeAnswers(
    enquiry.answers as Record<string, unknown> | null,
    enquiry.findings as AnswerFinding[] | null,
  );
  const answerTo = new Map(answers.map((row) => [row.questionId, row.answer]));
  const toTalkThrough = answers
    .filter((row) => row.outcome && row.outcome !== 'likely-eligible' && row.meaning)
    .map((row) => row.meaning);
  return csvLine([
    enquiry.reference,
    partner,
    enquiry.sourceSite,
    londonDateTime(enquiry.createdAt),
    londonDateTime(enquiry.callBackBy),
    isCallBackOverdue(enquiry, now) ? 'yes' : 'no',
    STATUS_LABELS[enquiry.status],
    enquiry.withdrawalReason ? WITHDRAWAL_LABELS[enquiry.withdrawalReason] : '',
    londonDateTime(enquiry.firstContactAt),
    OUTCOME_LABELS[enquiry.outcome] ?? enquiry.outcome,
    enquiry.contact?.fullName,
    enquiry.contact?.email,
    enquiry.contact?.phone,
    callTimeLabel(enquiry.contact?.callTime),
    isLanguage(enquiry.language) ? LANGUAGE_FOR_TEAM[enquiry.language] : enquiry.language,
    enquiry.emailUpdates?.given ? 'yes' : 'no',
    ...questions.map((question) => answerTo.get(question.id) ?? ''),
    toTalkThrough.join(' '),
  ]);
}

/**
 * GET /api/enquiries/export.csv[?status=…&partner=<slug>] — the enquiries the signed-in user may read, for the team's
 * spreadsheet. The query runs with the caller's access (never overrideAccess), so partner staff get only their own
 * partner's enquiries whatever they ask for.
 */
export const exportEnquiriesCsv: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to the CMS to download enquiries.');

  const where: Where = {};
  // An empty value is the download form's "All": a GET form always sends its selects.
  const status = req.searchParams.get('status') || null;
  if (status !== null) {
    if (!ENQUIRY_STATUSES.includes(status as EnquiryStatus)) {
      return problem(400, `Unknown status "${status}": use one of ${ENQUIRY_STATUSES.join(', ')}.`);
    }
    where.status = { equals: status };
  }
  const partnerSlug = req.searchParams.get('partner') || null;
  if (partnerSlug !== null) {
    const { docs } = await req.payload.find({
      collection: 'partners',
      where: { slug: { equals: partnerSlug } },
      limit: 1,
      depth: 0,
      req,
    });
    if (!docs[0]) return problem(400, `Unknown partner "${partnerSlug}": use a partner's slug, e.g. "dudley".`);
    where.partner = { equals: docs[0].id };
  }

  // One page of enquiries at a time, newest first, each page after the last id of the one before: memory stays flat
  // however many there are, and an enquiry arriving during the download neither repeats a row nor hides one.
  const page = (before: Enquiry['id'] | undefined) =>
    req.payload
      .find({
        collection: 'enquiries',
        where: before === undefined ? where : { and: [where, { id: { less_than: before } }] },
        sort: '-id',
        limit: CSV_PAGE_SIZE,
        pagination: false,
        depth: 1,
        populate: { partners: { name: true } },
        overrideAccess: false,
        user: req.user,
      })
      .then(({ docs }) => docs);

  let first: Enquiry[];
  try {
    // Read before answering, so a refusal is a 403 and not a download that breaks off.
    first = await page(undefined);
  } catch (error) {
    // A signed-in user whose role gives no access to enquiries (e.g. partner staff not yet linked to a partner).
    if (error instanceof Forbidden)
      return problem(403, 'Your account cannot read enquiries. Ask an admin to link it to your partner.');
    throw error;
  }

  const now = new Date();
  const encoder = new TextEncoder();
  let next: Enquiry[] | null = first;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // The byte-order mark makes Excel read the file as UTF-8, so names such as "Siân" survive the round trip.
      controller.enqueue(encoder.encode('\uFEFF' + csvLine(COLUMNS)));
    },
    async pull(controller) {
      const docs = next ?? [];
      if (docs.length) controller.enqueue(encoder.encode(docs.map((enquiry) => enquiryCsvLine(enquiry, now)).join('')));
      if (docs.length < CSV_PAGE_SIZE) return controller.close();
      next = await page(docs.at(-1)!.id);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="enquiries-${now.toISOString().slice(0, 10)}.csv"`,
      // Personal data: no shared or browser cache may keep a copy.
      'Cache-Control': 'no-store',
    },
  });
};
