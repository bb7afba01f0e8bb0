import {
  CALL_TIME_QUESTION,
  CONTACT_FIELDS,
  DEFAULT_LANGUAGE,
  HONEYPOT_FIELD,
  callTimeQuestion,
  consentWording,
  emailUpdatesWording,
  contactTextFields,
  questionsFor,
  type Language,
  type Question,
} from '@bfp/eligibility';
import type { ErrorItem, FieldErrors, FormPartner } from '../types.ts';
import { formWording } from '../wording.ts';
import { flag, html, type Html } from '@bfp/page-shell/html';

/** The checker's page heading in English, on the site's checker page and on the CMS's answer to the plain form. */
export const CHECKER_HEADING = formWording(DEFAULT_LANGUAGE).plain.checkerHeading;

export { formWording } from '../wording.ts';

/** What the plain form needs of the partner record. */
export type PlainFormPartner = Pick<
  FormPartner,
  | 'slug'
  | 'name'
  | 'shortName'
  | 'postcodeDistricts'
  | 'dataControllerName'
  | 'agency'
  | 'privacyNoticeVersion'
  | 'privacyUrl'
>;

export interface PlainFormProps {
  partner: PlainFormPartner;
  /** Where the form posts: the CMS enquiry endpoint. */
  action: string;
  /** The answers a carer already sent, by field name, to show again after a problem. */
  values?: Readonly<Record<string, string>>;
  /** What is wrong, by field name (a question id or a contact field). */
  errors?: FieldErrors;
  /**
   * The partner site the form belongs to, when the form is not served by that site: the CMS's reply to a post it could
   * not accept is on the CMS's origin, so the browser's Origin no longer says which site to answer on.
   */
  siteOrigin?: string;
  /** The language of the page: every word of the form and its messages are in it. */
  language?: Language;
}

/** The field that carries `siteOrigin`; the CMS believes it only when it is one of the partner's own origins. */
export const SITE_ORIGIN_FIELD = 'siteOrigin';

/** Ids are prefixed so they never clash with the island's (hidden) markup on the same page. */
export const plainFieldId = (name: string): string => `plain-${name}`;

/**
 * The error summary's entries in the order the fields appear, each linked to the field to correct: the first radio of
 * a question with options (GOV.UK), the input itself otherwise. Messages for no field of the form are listed unlinked.
 */
export function plainErrorItems(
  partner: Pick<PlainFormPartner, 'postcodeDistricts'>,
  errors: FieldErrors,
): Array<ErrorItem | { fieldId: null; message: string }> {
  const questions = questionsFor(partner.postcodeDistricts);
  const order = [...questions.map((q) => q.id as string), ...CONTACT_FIELDS];
  const target = (name: string) =>
    questions.find((q) => q.id === name)?.kind === 'choice' || name === CALL_TIME_QUESTION.name
      ? plainFieldId(`${name}-0`)
      : plainFieldId(name);
  const known = order.filter((name) => errors[name]).map((name) => ({ fieldId: target(name), message: errors[name]! }));
  const other = Object.entries(errors)
    .filter(([name]) => !order.includes(name))
    .map(([, message]) => ({ fieldId: null, message }));
  return [...known, ...other];
}

export function errorSummaryHtml(
  items: ReturnType<typeof plainErrorItems>,
  language: Language = DEFAULT_LANGUAGE,
): Html {
  // autofocus: without a script this is how the summary is the first thing read, as the GOV.UK pattern asks.
  return html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 class="error-summary__title" id="error-summary-title">${formWording(language).problem}</h2>
<ul class="error-summary__list">${items.map((item) => html`<li>${item.fieldId ? html`<a href="#${item.fieldId}">${item.message}</a>` : item.message}</li>`)}</ul>
</div>`;
}

const errorMessage = (id: string, message: string | undefined, language: Language) =>
  message
    ? html`<p class="error-message" id="${id}"><span class="visually-hidden">${formWording(language).errorPrefix}</span> ${message}</p>`
    : null;
const describedBy = (...ids: Array<string | null | false | undefined>) => ids.filter(Boolean).join(' ') || null;
const group = (error: string | undefined) => `form-group${error ? ' form-group--error' : ''}`;

/**
 * The checker for browsers without JavaScript: the same questions and contact details as the island, on one page, as
 * a plain form the CMS checks. Built empty into the site's checker page; filled in again, with messages beside only
 * the fields that are wrong, when the CMS answers a post it could not accept. The browser's own `required` checks
 * catch empty answers before anything is sent.
 */
export function plainFormHtml({
  partner,
  action,
  values = {},
  errors = {},
  siteOrigin,
  language = DEFAULT_LANGUAGE,
}: PlainFormProps): Html {
  const questions = questionsFor(partner.postcodeDistricts, language);
  const say = formWording(language);
  return html`<form class="plain-form" method="post" action="${action}" id="plain-form">
<input type="hidden" name="partner" value="${partner.slug}">
<input type="hidden" name="privacyNoticeVersion" value="${partner.privacyNoticeVersion}">
${siteOrigin ? html`<input type="hidden" name="${SITE_ORIGIN_FIELD}" value="${siteOrigin}">` : null}${language === DEFAULT_LANGUAGE ? null : html`<input type="hidden" name="language" value="${language}">`}
<h2>${say.plain.yourAnswers}</h2>
${questions.map((question) => questionHtml(question, values[question.id], errors[question.id], language))}
<h2 class="plain-form__section">${say.plain.yourContactDetails}</h2>
<p>${say.plain.contactIntro(partner.shortName)}</p>
${contactTextFields(language).map((field) => {
  const id = plainFieldId(field.name);
  const error = errors[field.name];
  const described = describedBy(field.hint && `${id}-hint`, error && `${id}-error`);
  return html`<div class="${group(error)}">
<label class="label" for="${id}">${field.label}</label>
${field.hint ? html`<p class="hint" id="${id}-hint">${field.hint}</p>` : null}
${errorMessage(`${id}-error`, error, language)}
<input class="input" type="${field.type}" id="${id}" name="${field.name}" autocomplete="${field.autoComplete}" spellcheck="false" required maxlength="${field.maxLength}" value="${values[field.name] ?? ''}"${described ? html` aria-describedby="${described}"` : null}${flag('aria-invalid="true"', Boolean(error))}>
</div>`;
})}
${callTimeHtml(values[CALL_TIME_QUESTION.name], errors[CALL_TIME_QUESTION.name], language)}
${consentHtml(partner, values.consent === 'yes', errors.consent, language)}
${emailUpdatesHtml(partner, values.emailUpdates === 'yes', errors.emailUpdates, language)}
<div class="honeypot" aria-hidden="true">
<label for="${plainFieldId(HONEYPOT_FIELD)}">${say.contact.leaveEmpty}</label>
<input type="text" id="${plainFieldId(HONEYPOT_FIELD)}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off">
</div>
<button type="submit" class="button">${say.plain.send}</button>
</form>`;
}

function questionHtml(
  question: Question,
  value: string | undefined,
  error: string | undefined,
  language: Language,
): Html {
  const id = plainFieldId(question.id);
  const hintId = question.hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const described = describedBy(hintId, errorId);
  const hint = question.hint ? html`<p class="hint" id="${hintId}">${question.hint}</p>` : null;
  if (question.kind === 'choice') {
    return html`<div class="${group(error)}">
<fieldset class="fieldset"${described ? html` aria-describedby="${described}"` : null}>
<legend class="fieldset__legend fieldset__legend--s">${question.question}</legend>
${hint}
${errorMessage(`${id}-error`, error, language)}
<div class="radios" id="${id}">
${question.options.map(
  (option, index) => html`<div class="radios__item">
<input class="radios__input" type="radio" id="${id}-${index}" name="${question.id}" value="${option.value}" required${flag('checked', value === option.value)}>
<label class="radios__label" for="${id}-${index}">${option.label}</label>
</div>`,
)}
</div>
</fieldset>
</div>`;
  }
  return html`<div class="${group(error)}">
<label class="label label--s" for="${id}">${question.question}</label>
${hint}
${errorMessage(`${id}-error`, error, language)}
<input class="input input--postcode" type="text" id="${id}" name="${question.id}" autocomplete="postal-code" spellcheck="false" required value="${value ?? ''}"${described ? html` aria-describedby="${described}"` : null}${flag('aria-invalid="true"', Boolean(error))}>
</div>`;
}

function callTimeHtml(value: string | undefined, error: string | undefined, language: Language): Html {
  const CALL_TIME_QUESTION = callTimeQuestion(language);
  const id = plainFieldId(CALL_TIME_QUESTION.name);
  return html`<div class="${group(error)}">
<fieldset class="fieldset" aria-describedby="${describedBy(`${id}-hint`, error && `${id}-error`)}">
<legend class="fieldset__legend fieldset__legend--s">${CALL_TIME_QUESTION.legend}</legend>
<p class="hint" id="${id}-hint">${CALL_TIME_QUESTION.hint}</p>
${errorMessage(`${id}-error`, error, language)}
<div class="radios radios--inline" id="${id}">
${CALL_TIME_QUESTION.options.map(
  (option, index) => html`<div class="radios__item">
<input class="radios__input" type="radio" id="${id}-${index}" name="${CALL_TIME_QUESTION.name}" value="${option.value}"${flag('checked', value === option.value)}>
<label class="radios__label" for="${id}-${index}">${option.label}</label>
</div>`,
)}
</div>
</fieldset>
</div>`;
}

function emailUpdatesHtml(
  partner: PlainFormPartner,
  given: boolean,
  error: string | undefined,
  language: Language,
): Html {
  const say = emailUpdatesWording(language);
  const id = plainFieldId('emailUpdates');
  return html`<div class="${group(error)}">
<fieldset class="fieldset" aria-describedby="${describedBy(`${id}-hint`, error && `${id}-error`)}">
<legend class="fieldset__legend fieldset__legend--s">${say.legend}</legend>
<p class="hint" id="${id}-hint">${say.hint}</p>
${errorMessage(`${id}-error`, error, language)}
<div class="checkboxes__item">
<input class="checkboxes__input" type="checkbox" id="${id}" name="emailUpdates" value="yes"${flag('checked', given)}>
<label class="checkboxes__label" for="${id}">${say.label(partner.name)}</label>
</div>
</fieldset>
</div>`;
}

function consentHtml(partner: PlainFormPartner, given: boolean, error: string | undefined, language: Language): Html {
  const CONSENT = consentWording(language);
  const id = plainFieldId('consent');
  return html`<div class="${group(error)}">
<fieldset class="fieldset" aria-describedby="${describedBy(plainFieldId('privacy-info'), error && `${id}-error`)}">
<legend class="fieldset__legend fieldset__legend--s">${CONSENT.legend}</legend>
<p class="hint" id="${plainFieldId('privacy-info')}">${CONSENT.text({ dataController: partner.dataControllerName, agency: partner.agency })} ${CONSENT.notice.before}<a href="${partner.privacyUrl}">${CONSENT.notice.link}</a>${CONSENT.notice.after}</p>
${errorMessage(`${id}-error`, error, language)}
<div class="checkboxes__item">
<input class="checkboxes__input" type="checkbox" id="${id}" name="consent" value="yes" required${flag('checked', given)}>
<label class="checkboxes__label" for="${id}">${CONSENT.label}</label>
</div>
</fieldset>
</div>`;
}
