import { ValidationError, type CollectionBeforeChangeHook } from 'payload';
import { callBackDeadline } from './workingDays.ts';
import { ANONYMISING } from './retention/anonymise.ts';

/** The stages an enquiry moves through, in order; "withdrawn" can end it at any stage. */
export const ENQUIRY_STAGES = ['new', 'contacted', 'home-visit-booked', 'application', 'approved'] as const;
/**
 * "Keep in touch": a carer the checker ruled out for now (under 21, no spare room…). Stored like any enquiry, but
 * nobody promised them a call, so it has no call-back deadline and is never overdue; the team may still move it on.
 */
export const KEEP_IN_TOUCH = 'keep-in-touch';
export const ENQUIRY_STATUSES = [...ENQUIRY_STAGES, KEEP_IN_TOUCH, 'withdrawn'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

export const STATUS_LABELS: Record<EnquiryStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  'home-visit-booked': 'Home visit booked',
  application: 'Application',
  approved: 'Approved',
  'keep-in-touch': 'Keep in touch',
  withdrawn: 'Withdrawn',
};

export const STATUS_OPTIONS = ENQUIRY_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value }));

/** An enquiry has converted once it reaches an application; retention purges only enquiries that never did. */
export const CONVERTED_STATUSES: readonly EnquiryStatus[] = ['application', 'approved'];

/**
 * Ofsted's codes for why a household withdrew (fostering dataset, from 2023–24), so a partner's annual return can be
 * read straight off the enquiries.
 */
export const WITHDRAWAL_REASONS = [
  { value: 'AW1', label: 'AW1 – Fostering was not as the applicant expected' },
  { value: 'AW2', label: 'AW2 – Assessment process was not as the applicant expected' },
  { value: 'AW3', label: 'AW3 – Household circumstances changed (not financial)' },
  { value: 'AW4', label: 'AW4 – Unable to continue for financial reasons' },
  { value: 'AW5', label: 'AW5 – Concerned about the risk of allegations' },
  { value: 'AW0', label: 'AW0 – Other or unknown reason' },
] as const;

export const WITHDRAWAL_LABELS: Record<string, string> = Object.fromEntries(
  WITHDRAWAL_REASONS.map(({ value, label }) => [value, label]),
);

interface StatusChange {
  status: EnquiryStatus;
  at: string;
  by?: number | string | null;
}

interface EnquiryWorkflowData {
  status?: EnquiryStatus;
  withdrawalReason?: string | null;
  firstContactAt?: string | null;
  callBackBy?: string | null;
  statusHistory?: StatusChange[] | null;
}

/**
 * Keeps the workflow honest whoever edits the enquiry: the call-back deadline is set when it arrives, the first
 * contact time is recorded the moment it leaves "new", a withdrawal needs an Ofsted reason, nothing goes back to
 * "new" once a carer has been contacted, and every change of status is kept with who made it and when.
 */
export const enquiryWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context[ANONYMISING]) return data;
  const next = data as EnquiryWorkflowData;
  const previous = (originalDoc ?? {}) as EnquiryWorkflowData;
  const now = new Date();
  const status = next.status ?? previous.status ?? 'new';

  if (operation === 'create') {
    if (status === KEEP_IN_TOUCH) next.callBackBy = null;
    else next.callBackBy ??= callBackDeadline(now).toISOString();
    next.statusHistory = [{ status, at: now.toISOString(), by: req.user?.id ?? null }];
  }

  const changed = operation === 'update' && next.status !== undefined && next.status !== previous.status;
  if (changed && status === 'new') {
    throw refused('status', 'An enquiry cannot go back to "New" once the carer has been contacted');
  }
  if (status === 'withdrawn') {
    const reason = next.withdrawalReason ?? previous.withdrawalReason;
    if (!reason)
      throw refused('withdrawalReason', 'Choose the Ofsted withdrawal reason (AW0–AW5) when withdrawing an enquiry');
  } else if (next.withdrawalReason !== undefined || previous.withdrawalReason) {
    next.withdrawalReason = null;
  }
  if (status !== 'new' && status !== KEEP_IN_TOUCH && !(next.firstContactAt ?? previous.firstContactAt))
    next.firstContactAt = now.toISOString();
  if (changed) {
    next.statusHistory = [
      ...(previous.statusHistory ?? []).map(({ status, at, by }) => ({ status, at, by: idOf(by) })),
      { status, at: now.toISOString(), by: req.user?.id ?? null },
    ];
  }
  return next;
};

/**
 * A 400 naming the field, shown beside it in the admin. (A plain APIError's message is lost in the production build,
 * where minified class names leave Payload's error formatter with nothing to go on.)
 */
function refused(path: string, message: string): ValidationError {
  return new ValidationError({ collection: 'enquiries', errors: [{ path, message }] });
}

function idOf(value: unknown): number | string | null {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id;
  return (value as number | string | null) ?? null;
}

/** Past the call-back deadline with nobody having contacted the carer yet. */
export function isCallBackOverdue(
  enquiry: { status?: string | null; callBackBy?: string | null; firstContactAt?: string | null },
  now = new Date(),
): boolean {
  return (
    enquiry.status === 'new' &&
    !enquiry.firstContactAt &&
    Boolean(enquiry.callBackBy) &&
    new Date(enquiry.callBackBy!) < now
  );
}
