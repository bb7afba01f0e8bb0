import { useState, type FormEvent } from 'react';
import {
  CONTACT_FIELDS,
  HONEYPOT_FIELD,
  callTimeQuestion,
  contactTextFields,
  validateContactField,
  type ContactField,
} from '@bfp/eligibility';
import { ErrorMessage, ErrorSummary } from '../ErrorSummary.tsx';
import { useErrorInPageTitle } from '../usePageTitle.ts';
import type { FieldErrors, FormPartner } from '../types.ts';
import { useWording } from '../FormLanguage.ts';
import { StepHeading } from './StepHeading.tsx';

export interface ContactDraft {
  fullName: string;
  email: string;
  phone: string;
  /** A good time to call ('' when not said). */
  callTime: string;
  consent: boolean;
  /** The separate opt-in to e-mails about events and stories: unticked until the carer ticks it. */
  emailUpdates: boolean;
  /** The honeypot: people never see it, so it stays empty unless a script fills the form. */
  website: string;
}

interface ContactStepProps {
  partner: FormPartner;
  /** Ruled out for now: the team will keep in touch, and nobody will call about this enquiry. */
  keepInTouch: boolean;
  draft: ContactDraft;
  onChange: (draft: ContactDraft) => void;
  /** Called once every field is valid: the carer checks their answers next. */
  onSubmit: () => void;
  /** Errors the server found in fields the browser accepted. */
  serverErrors: FieldErrors;
  /** Counts sends that came back with field errors, so the error summary takes focus again each time. */
  sendAttempts: number;
}

/** The carer's contact details. Their answers carry over, so nothing already given is asked again (WCAG 3.3.7). */
export function ContactStep({
  partner,
  keepInTouch,
  draft,
  onChange,
  onSubmit,
  serverErrors,
  sendAttempts,
}: ContactStepProps) {
  const { language, say, rules } = useWording();
  const callTime = callTimeQuestion(language);
  const consent = rules.consent;
  const emailUpdates = rules.emailUpdates;
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const errors = { ...serverErrors, ...clientErrors };
  const items = CONTACT_FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: `contact-${field}`,
    message: errors[field]!,
  }));
  useErrorInPageTitle(items.length > 0);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    for (const field of CONTACT_FIELDS) {
      const message = validateContactField(field, draft[field as ContactField], language);
      if (message) found[field] = message;
    }
    setClientErrors(found);
    setAttempt((n) => n + 1);
    if (!Object.keys(found).length) onSubmit();
  }

  const set = (field: keyof ContactDraft, value: string | boolean) => {
    setClientErrors(({ [field]: _removed, ...rest }) => rest);
    onChange({ ...draft, [field]: value });
  };

  return (
    <form noValidate onSubmit={submit} className="step">
      <ErrorSummary errors={items} focusKey={`${attempt}:${sendAttempts}`} />
      <StepHeading focus>{say.contact.heading}</StepHeading>
      <p>{keepInTouch ? say.contact.keepInTouch(partner.shortName) : say.contact.callBack(partner.shortName)}</p>
      {contactTextFields(language).map((field) => {
        const id = `contact-${field.name}`;
        const error = errors[field.name];
        const describedBy =
          [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
        return (
          <div className={`form-group${error ? ' form-group--error' : ''}`} key={field.name}>
            <label className="label" htmlFor={id}>
              {field.label}
            </label>
            {field.hint && (
              <p className="hint" id={`${id}-hint`}>
                {field.hint}
              </p>
            )}
            <ErrorMessage id={`${id}-error`} message={error} />
            <input
              className="input"
              id={id}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              maxLength={field.maxLength}
              spellCheck={false}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              value={draft[field.name]}
              onChange={(event) => set(field.name, event.target.value)}
            />
          </div>
        );
      })}
      <div className={`form-group${errors.callTime ? ' form-group--error' : ''}`}>
        <fieldset
          className="fieldset"
          aria-describedby={`contact-callTime-hint${errors.callTime ? ' contact-callTime-error' : ''}`}
        >
          <legend className="fieldset__legend fieldset__legend--s">{callTime.legend}</legend>
          <p className="hint" id="contact-callTime-hint">
            {callTime.hint}
          </p>
          <ErrorMessage id="contact-callTime-error" message={errors.callTime} />
          <div className="radios radios--inline" id="contact-callTime">
            {callTime.options.map((option) => (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  type="radio"
                  id={`contact-callTime-${option.value}`}
                  name={callTime.name}
                  value={option.value}
                  checked={draft.callTime === option.value}
                  onChange={() => set('callTime', option.value)}
                />
                <label className="radios__label" htmlFor={`contact-callTime-${option.value}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className={`form-group${errors.consent ? ' form-group--error' : ''}`}>
        <fieldset
          className="fieldset"
          aria-describedby={`privacy-info${errors.consent ? ' contact-consent-error' : ''}`}
        >
          <legend className="fieldset__legend fieldset__legend--s">{consent.legend}</legend>
          <p className="hint" id="privacy-info">
            {consent.text({ dataController: partner.dataControllerName, agency: partner.agency })}{' '}
            {consent.notice.before}
            <a href={partner.privacyUrl}>{consent.notice.link}</a>
            {consent.notice.after}
          </p>
          <ErrorMessage id="contact-consent-error" message={errors.consent} />
          <div className="checkboxes__item">
            <input
              className="checkboxes__input"
              type="checkbox"
              id="contact-consent"
              name="consent"
              checked={draft.consent}
              onChange={(event) => set('consent', event.target.checked)}
            />
            <label className="checkboxes__label" htmlFor="contact-consent">
              {consent.label}
            </label>
          </div>
        </fieldset>
      </div>
      <div className={`form-group${errors.emailUpdates ? ' form-group--error' : ''}`}>
        <fieldset
          className="fieldset"
          aria-describedby={`contact-emailUpdates-hint${errors.emailUpdates ? ' contact-emailUpdates-error' : ''}`}
        >
          <legend className="fieldset__legend fieldset__legend--s">{emailUpdates.legend}</legend>
          <p className="hint" id="contact-emailUpdates-hint">
            {emailUpdates.hint}
          </p>
          <ErrorMessage id="contact-emailUpdates-error" message={errors.emailUpdates} />
          <div className="checkboxes__item">
            <input
              className="checkboxes__input"
              type="checkbox"
              id="contact-emailUpdates"
              name="emailUpdates"
              checked={draft.emailUpdates}
              onChange={(event) => set('emailUpdates', event.target.checked)}
            />
            <label className="checkboxes__label" htmlFor="contact-emailUpdates">
              {emailUpdates.label(partner.name)}
            </label>
          </div>
        </fieldset>
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="contact-website">{say.contact.leaveEmpty}</label>
        <input
          id="contact-website"
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={draft.website}
          onChange={(event) => set('website', event.target.value)}
        />
      </div>
      <button type="submit" className="button" id="contact-submit">
        {say.continue}
      </button>
    </form>
  );
}
