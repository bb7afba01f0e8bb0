/**
 * A carer every rule finds likely eligible, with contact details that pass every check: the one starting point for
 * tests of the rules here, of the CMS's enquiry endpoint (which re-checks with these same rules) and of the sites'
 * forms, and the answers the cluster's load benchmark sends. A public entry of the package
 * (`@bfp/eligibility/fixtures`), not a test file, so that a change to a question or an answer's value is made here
 * once, and every test and benchmark downstream changes with it. A test overrides only the part it is about.
 */
import type { Answers, ContactDetails, QuestionId } from './index.ts';

/**
 * The answer to each question after the postcode, in the order the questions are asked (the browser tests answer
 * them in this order). The postcode is left to each test: which council covers it is what many tests are about.
 */
export const ELIGIBLE_ANSWERS = {
  age: 'yes',
  bedroom: 'yes',
  rightToLive: 'settled',
  home: 'own',
  convictions: 'no',
  smoking: 'no',
  daytime: 'at-home',
  pets: 'none',
  experience: 'yes',
} as const satisfies Record<Exclude<QuestionId, 'postcode'>, string> & Answers;

/**
 * Contact details as a carer types them, agreeing to be contacted; the call-back time and the opt-in to e-mails
 * about events and stories are optional and left out.
 */
export const VALID_CONTACT = {
  fullName: 'Sam Carer',
  email: 'sam@example.com',
  phone: '01632 960 001',
  consent: true,
} as const satisfies Omit<ContactDetails, 'callTime' | 'emailUpdates'>;

/**
 * Every text of a wording object as [path, words], its functions called with sample arguments: what a person could
 * read, leaf by leaf, so that a language can be compared with English (none left out, none left in English).
 */
export function wordingTexts(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const sample = (value as (...args: unknown[]) => unknown)('«A»', 'single', '«C»');
    return wordingTexts(typeof sample === 'string' ? sample : JSON.stringify(sample), `${path}()`);
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => wordingTexts(inner, path ? `${path}.${key}` : key));
  return [];
}
