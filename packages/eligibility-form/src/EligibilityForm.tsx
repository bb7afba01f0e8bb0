import { useEffect, useMemo, useRef, useState } from 'react';
import {
  DEFAULT_LANGUAGE,
  evaluateEligibility,
  questionsFor,
  routePostcode,
  rulesOutForNow,
  type Answers,
  type Language,
  type Outcome,
  type QuestionId,
} from '@bfp/eligibility';
import { QuestionStep } from './steps/QuestionStep.tsx';
import { ResultStep } from './steps/ResultStep.tsx';
import { ContactStep, type ContactDraft } from './steps/ContactStep.tsx';
import { ConfirmationStep } from './steps/ConfirmationStep.tsx';
import { CheckAnswersStep } from './steps/CheckAnswersStep.tsx';
import { ElsewhereStep } from './steps/ElsewhereStep.tsx';
import { StepHeadingLevel } from './steps/StepHeading.tsx';
import { newIdempotencyKey, submitEnquiry } from './submitEnquiry.ts';
import { FormLanguage } from './FormLanguage.ts';
import { formWording } from './wording.ts';
import type { FieldErrors, FormCouncil, FormPartner } from './types.ts';

export type { FormPartner } from './types.ts';

export interface EligibilityFormProps {
  partner: FormPartner;
  /** The CMS enquiry endpoint, e.g. https://cms.example.org/api/enquiries/submit. */
  endpoint: string;
  /** The checker's heading and introduction, shown on its first step only. */
  heading: string;
  intro: string;
  /** The language of the page: every word of the form, its messages and the carer's result are in it. */
  language?: Language;
}

type Step =
  | { kind: 'question'; index: number }
  | { kind: 'elsewhere'; council: FormCouncil; district: string }
  | { kind: 'result' }
  | { kind: 'contact' }
  | { kind: 'check' }
  | { kind: 'confirmation'; reference: string; team: { name: string; phone: string } | null; outcome: Outcome };

const EMPTY_CONTACT: ContactDraft = {
  fullName: '',
  email: '',
  phone: '',
  callTime: '',
  consent: false,
  emailUpdates: false,
  website: '',
};

/**
 * The eligibility checker and enquiry form every partner site embeds. It runs the same rules as the CMS (from
 * @bfp/eligibility), shows the carer their result with reasons, then takes contact details and files the enquiry.
 */
export function EligibilityForm({
  partner,
  endpoint,
  heading,
  intro,
  language = DEFAULT_LANGUAGE,
}: EligibilityFormProps) {
  const say = formWording(language);
  const questions = useMemo(
    () => questionsFor(partner.postcodeDistricts, language),
    [partner.postcodeDistricts, language],
  );
  const [step, setStep] = useState<Step>({ kind: 'question', index: 0 });
  const [answers, setAnswers] = useState<Partial<Answers>>({});
  const [interacted, setInteracted] = useState(false);
  const [contact, setContact] = useState<ContactDraft>(EMPTY_CONTACT);
  const [submitting, setSubmitting] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [sendProblem, setSendProblem] = useState<string | null>(null);
  const [failedSends, setFailedSends] = useState(0);
  // Set by a Change link on the check-answers step: the changed answer returns there rather than walking on.
  const [returnToCheck, setReturnToCheck] = useState(false);
  // One key per content sent: a double click or a resend after a network error files one enquiry, while a resend
  // the carer has corrected since is sent under a new key (the CMS refuses other content under a used key).
  const sentWith = useRef<{ key: string; content: string } | null>(null);

  const evaluation = useMemo(
    () =>
      step.kind === 'result' || step.kind === 'contact' || step.kind === 'check'
        ? evaluateEligibility(answers, { postcodeDistricts: partner.postcodeDistricts, language })
        : null,
    [answers, partner.postcodeDistricts, step.kind, language],
  );

  function answer(id: QuestionId, value: string, index: number) {
    setAnswers((previous) => ({ ...previous, [id]: value }));
    setInteracted(true);
    // A postcode another council in the partnership covers belongs with that council's team.
    const route = id === 'postcode' ? routePostcode(value, partner.councils) : null;
    if (route?.kind === 'partner' && route.partner.slug !== partner.slug)
      setStep({ kind: 'elsewhere', council: route.partner, district: route.district });
    // An answer that rules the carer out for now ends the questions: they are told why at once, not after eight more.
    else if (rulesOutForNow(id, value)) setStep({ kind: 'result' });
    else if (returnToCheck) setStep({ kind: 'check' });
    else setStep(index + 1 < questions.length ? { kind: 'question', index: index + 1 } : { kind: 'result' });
  }

  /** The question the carer answered last: the one that stopped the checker, or the last of all. */
  function lastAnswered(): number {
    const stop = questions.findIndex((q) => answers[q.id] !== undefined && rulesOutForNow(q.id, answers[q.id]!));
    return stop >= 0 ? stop : questions.length - 1;
  }

  function back() {
    if (returnToCheck && (step.kind === 'question' || step.kind === 'contact')) setStep({ kind: 'check' });
    else if (step.kind === 'question' && step.index > 0) setStep({ kind: 'question', index: step.index - 1 });
    else if (step.kind === 'elsewhere') setStep({ kind: 'question', index: 0 });
    else if (step.kind === 'result') setStep({ kind: 'question', index: lastAnswered() });
    else if (step.kind === 'contact') setStep({ kind: 'result' });
    else if (step.kind === 'check') setStep({ kind: 'contact' });
  }

  async function send() {
    if (!evaluation?.ok || submitting) return;
    setSubmitting(true);
    setSendProblem(null);
    const content = JSON.stringify([evaluation.result.answers, contact]);
    if (sentWith.current?.content !== content) sentWith.current = { key: newIdempotencyKey(), content };
    const outcome = await submitEnquiry({
      endpoint,
      partner,
      answers: evaluation.result.answers,
      contact,
      idempotencyKey: sentWith.current.key,
      language,
    });
    setSubmitting(false);
    if (outcome.kind === 'accepted') {
      setStep({
        kind: 'confirmation',
        reference: outcome.reference,
        team: outcome.team,
        outcome: evaluation.result.outcome,
      });
      return;
    }
    setFailedSends((n) => n + 1);
    if (outcome.kind === 'invalid') {
      // Something the browser accepted but the CMS did not: show it where it can be corrected.
      setServerErrors(outcome.errors);
      setReturnToCheck(true);
      setStep({ kind: 'contact' });
    } else setSendProblem(outcome.message);
  }

  const question = step.kind === 'question' ? questions[step.index]! : null;
  const isFirstStep = step.kind === 'question' && step.index === 0;

  // Each step is a page of its own to the browser: its own title, so the tab, history and screen readers say where
  // the carer is ("Question 3 of 10: … – Check if you could foster | …").
  const pageTitle = useRef<string | null>(null);
  const stepTitle = question
    ? say.stepTitles.question(questions.indexOf(question) + 1, questions.length, question.question)
    : say.stepTitles[step.kind as Exclude<Step['kind'], 'question'>];
  useEffect(() => {
    pageTitle.current ??= document.title;
    document.title = `${stepTitle} – ${pageTitle.current}`;
  }, [stepTitle]);
  const showBack =
    (step.kind === 'question' && (step.index > 0 || returnToCheck)) ||
    step.kind === 'elsewhere' ||
    step.kind === 'result' ||
    step.kind === 'contact' ||
    step.kind === 'check';

  return (
    <FormLanguage.Provider value={language}>
      <div className="eligibility-form" data-step={question ? question.id : step.kind}>
        {isFirstStep && (
          <>
            <h1>{heading}</h1>
            <p className="lead">{intro}</p>
          </>
        )}
        <StepHeadingLevel.Provider value={isFirstStep ? 2 : 1}>
          {showBack && (
            <button type="button" className="back-link" onClick={back}>
              {say.back}
            </button>
          )}
          {step.kind === 'question' && question && (
            <QuestionStep
              key={question.id}
              question={question}
              number={step.index + 1}
              total={questions.length}
              value={answers[question.id]}
              focusHeading={interacted}
              onAnswer={(value) => answer(question.id, value, step.index)}
            />
          )}
          {step.kind === 'elsewhere' && <ElsewhereStep council={step.council} district={step.district} />}
          {step.kind === 'result' && evaluation?.ok && (
            <ResultStep
              result={evaluation.result}
              onContinue={() => setStep({ kind: 'contact' })}
              onRestart={() => setStep({ kind: 'question', index: 0 })}
            />
          )}
          {step.kind === 'contact' && (
            <ContactStep
              partner={partner}
              keepInTouch={evaluation?.ok === true && evaluation.result.outcome === 'not-eligible-now'}
              draft={contact}
              onChange={(draft) => {
                setContact(draft);
                setServerErrors({});
              }}
              onSubmit={() => setStep({ kind: 'check' })}
              serverErrors={serverErrors}
              sendAttempts={failedSends}
            />
          )}
          {step.kind === 'check' && evaluation?.ok && (
            <CheckAnswersStep
              answers={evaluation.result.answers}
              questions={questions}
              contact={contact}
              resultHeading={evaluation.result.heading}
              onChangeAnswer={(id) => {
                setReturnToCheck(true);
                setStep({ kind: 'question', index: questions.findIndex((q) => q.id === id) });
              }}
              onChangeContact={() => {
                setReturnToCheck(true);
                setStep({ kind: 'contact' });
              }}
              onSend={send}
              submitting={submitting}
              sendProblem={sendProblem}
              sendAttempts={failedSends}
            />
          )}
          {step.kind === 'confirmation' && (
            <ConfirmationStep partner={partner} reference={step.reference} team={step.team} outcome={step.outcome} />
          )}
        </StepHeadingLevel.Provider>
      </div>
    </FormLanguage.Provider>
  );
}

export default EligibilityForm;
