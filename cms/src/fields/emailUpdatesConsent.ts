import type { Field } from 'payload';
import { EMAIL_UPDATES_WORDING_VERSION, emailUpdatesWording, type Language } from '@bfp/eligibility';

/** What is stored of the opt-in to e-mails about events and stories: its words and their version when given. */
export type EmailUpdatesRecord =
  { given: false } | { given: true; givenAt: string; wording: string; wordingVersion: string };

/**
 * The separate, unticked opt-in (PECR), recorded the same way wherever a person can give it (an enquiry, a booking):
 * in the words of the form they used, naming the site's partner, in the page's language, with the words' version.
 */
export function emailUpdatesRecord({
  given,
  language,
  partnerName,
  now,
}: {
  given: boolean;
  language: Language;
  partnerName: string;
  now: Date;
}): EmailUpdatesRecord {
  if (!given) return { given: false };
  return {
    given: true,
    givenAt: now.toISOString(),
    wording: emailUpdatesWording(language).label(partnerName),
    wordingVersion: EMAIL_UPDATES_WORDING_VERSION,
  };
}

/** The record as a field group; `access` is the collection's rule for what the person sent (written by the CMS only). */
export const emailUpdatesField = (access: Pick<Extract<Field, { type: 'group' }>, 'access'>): Field => ({
  name: 'emailUpdates',
  label: 'E-mails about events and stories',
  type: 'group',
  ...access,
  admin: {
    readOnly: true,
    description: 'Whether the person ticked the separate box asking for e-mails about information events and stories.',
  },
  fields: [
    { name: 'given', label: 'Asked for them', type: 'checkbox', defaultValue: false },
    { name: 'givenAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'wording', label: 'Words they agreed to', type: 'text' },
    { name: 'wordingVersion', type: 'text' },
  ],
});
