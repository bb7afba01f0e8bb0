import { CALL_TIMES, CONTACT_LIMITS } from './validate.ts';

/**
 * The contact step, defined once: the JavaScript form, the plain form and the CMS's own checks (validate.ts, which
 * holds the limits and messages) all take their fields, words and limits from here.
 */
export const CONTACT_TEXT_FIELDS = [
  {
    name: 'fullName',
    label: 'Full name',
    type: 'text',
    autoComplete: 'name',
    maxLength: CONTACT_LIMITS.fullName,
    hint: null,
  },
  {
    name: 'email',
    label: 'Email address',
    type: 'email',
    autoComplete: 'email',
    maxLength: CONTACT_LIMITS.email,
    hint: 'We will only use this to contact you about fostering, and we will e-mail you your reference number.',
  },
  {
    name: 'phone',
    label: 'Phone number',
    type: 'tel',
    autoComplete: 'tel',
    maxLength: CONTACT_LIMITS.phone,
    hint: 'The team will call you on this number.',
  },
] as const;

export const CALL_TIME_QUESTION = {
  name: 'callTime',
  legend: 'When is a good time to call? (optional)',
  hint: 'We will try to call you then.',
  options: CALL_TIMES,
} as const;

export const CONSENT = {
  legend: 'How we use your details',
  label: 'I agree to be contacted about fostering',
  /** Names the partner's data controller and its agency from the partner record, never a fixed name. */
  text: ({ dataController, agency }: { dataController: string; agency: string }) =>
    `${dataController} and ${agency} will use these details and your answers only to contact you about fostering.`,
  /** Followed by a link to the site's privacy page, on the words `link`. */
  notice: { before: 'Read the ', link: 'privacy notice', after: ' to see how long we keep them and your rights.' },
} as const;

/** The label of a stored call time, for the team (admin, CSV, e-mail). */
export const callTimeLabel = (value: string | null | undefined): string =>
  CALL_TIMES.find((time) => time.value === value)?.label ?? '';
