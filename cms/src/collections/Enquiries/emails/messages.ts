import {
  callTimeLabel,
  confirmationEmailWording,
  confirmationWording,
  describeAnswers,
  isLanguage,
  DEFAULT_LANGUAGE,
  OUTCOME_LABELS,
  type AnswerFinding,
  type Outcome,
} from '@bfp/eligibility';
import type { Enquiry, Partner } from '../../../payload-types.ts';
import type { Recipient } from './outbox.ts';
import { KEEP_IN_TOUCH } from '../workflow.ts';

export interface EnquiryMessage {
  to: string;
  subject: string;
  /** Plain text only: names and answers are carers' own words and are never rendered as HTML. */
  text: string;
}

/**
 * The same e-mail always carries the same Message-ID: if a worker dies after the relay accepted a message but before
 * recording it as sent, the copy sent again is the same message by RFC 5322's definition, which mail systems and the
 * drills recognise.
 */
export function messageIdFor({
  enquiry,
  recipient,
  serverUrl,
}: {
  enquiry: Pick<Enquiry, 'reference'>;
  recipient: Recipient;
  serverUrl: string;
}): string {
  return `<enquiry.${enquiry.reference}.${recipient}@${new URL(serverUrl).hostname}>`;
}

/** Tells the partner's recruitment team about a new enquiry, with the time by which they should call back. */
export function teamMessage({
  enquiry,
  partner,
  serverUrl,
}: {
  enquiry: Enquiry;
  partner: Partner;
  serverUrl: string;
}): EnquiryMessage {
  const keepInTouch = enquiry.status === KEEP_IN_TOUCH;
  return {
    to: partner.contact.email,
    subject: keepInTouch
      ? `Keep-in-touch enquiry ${enquiry.reference}: no call-back due`
      : `New fostering enquiry ${enquiry.reference}: please call back within one working day`,
    text: [
      `A new enquiry has come in from your ${partner.shortName} fostering site.`,
      '',
      `Reference: ${enquiry.reference}`,
      `Name: ${enquiry.contact?.fullName}`,
      `Phone: ${enquiry.contact?.phone}`,
      `Good time to call: ${callTimeLabel(enquiry.contact?.callTime) || 'not given'}`,
      // Said only when it is not English, which is every enquiry of an English-only council.
      ...(enquiry.language === 'cy' ? ['Language: Prefers Welsh. Call and write to them in Welsh.'] : []),
      `Email: ${enquiry.contact?.email}`,
      `E-mails about events and stories: ${enquiry.emailUpdates?.given ? 'yes, they asked for them' : 'no'}`,
      `Result of the checker: ${OUTCOME_LABELS[enquiry.outcome as Outcome] ?? enquiry.outcome}`,
      '',
      'Their answers',
      ...describeAnswers(
        enquiry.answers as Record<string, unknown> | null,
        enquiry.findings as AnswerFinding[] | null,
      ).flatMap((row) => [`- ${row.question}`, `  ${row.answer}${row.meaning ? ` (${row.meaning})` : ''}`]),
      '',
      keepInTouch
        ? `The checker told them they may not be able to foster yet, and that nobody would call about this enquiry. Keep their details and get in touch when the time may be right. The full enquiry: ${serverUrl}/admin/collections/enquiries/${enquiry.id}`
        : `Please call back by ${callBackBy(enquiry.callBackBy)} (one working day). The full enquiry: ${serverUrl}/admin/collections/enquiries/${enquiry.id}`,
    ].join('\n'),
  };
}

/**
 * Thanks the carer and gives them their reference and who will call. The JavaScript form shows the reference on
 * screen; a carer using the plain HTML form lands on a static page that cannot, so this e-mail is where they get it.
 */
export function carerMessage({ enquiry, partner }: { enquiry: Enquiry; partner: Partner }): EnquiryMessage {
  const hours = partner.contact.officeHours ? ` (${partner.contact.officeHours})` : '';
  // In the language of the page they enquired on.
  const language = isLanguage(enquiry.language) ? enquiry.language : DEFAULT_LANGUAGE;
  const say = { ...confirmationWording(language), email: confirmationEmailWording(language) };
  return {
    to: enquiry.contact?.email ?? '',
    subject: say.email.subject(enquiry.reference),
    text: [
      say.email.thanks(partner.name),
      '',
      say.email.reference(enquiry.reference),
      '',
      say.whatHappensNext,
      enquiry.status === KEEP_IN_TOUCH
        ? say.email.keepInTouch(partner.shortName)
        : say.email.callBack(partner.shortName),
      say.email.ringUs(`${partner.contact.phone}${hours}`),
      '',
      say.email.dataController(partner.privacy.dataControllerName),
    ].join('\n'),
  };
}

function callBackBy(deadline: string | null | undefined): string {
  if (!deadline) return 'the end of the next working day';
  return new Date(deadline).toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}
