/**
 * Context flag set by the retention job's update. The workflow hook stands aside for it: anonymising is not a change
 * of status, must not stamp a first-contact time, and must go through even for an old enquiry the workflow rules of
 * today would reject (e.g. withdrawn before withdrawal reasons were required).
 */
export const ANONYMISING = 'anonymisingEnquiry';

/**
 * What anonymising writes over an enquiry: everything that identifies the carer goes (name, contact details, the
 * answers with their postcode, the findings derived from them, the team's call notes, the browser's idempotency key);
 * the reference, partner, outcome, status and its history, withdrawal reason, dates and the consent record stay, so
 * the dashboard's counts and Ofsted's return survive.
 */
export function anonymisedEnquiryData(now: Date) {
  return {
    contact: { fullName: null, email: null, phone: null, callTime: null },
    answers: {},
    findings: [],
    notes: null,
    idempotencyKey: null,
    anonymisedAt: now.toISOString(),
  };
}
