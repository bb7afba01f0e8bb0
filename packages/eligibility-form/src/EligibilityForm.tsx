import { useMemo, useState } from 'react';
import { evaluateEligibility, questions, type Answers, type QuestionId } from '@bfp/eligibility';
import { QuestionStep } from './steps/QuestionStep.tsx';
import { ResultStep } from './steps/ResultStep.tsx';
import { ContactStep, type ContactDraft } from './steps/ContactStep.tsx';
import { ConfirmationStep } from './steps/ConfirmationStep.tsx';
import { submitEnquiry } from './submitEnquiry.ts';
import type { FieldErrors, FormPartner } from './types.ts';

export type { FormPartner } from './types.ts';

export interface EligibilityFormProps {
  partner: FormPartner;
  /** The CMS enquiry endpoint, e.g. https://cms.example.org/api/enquiries/submit. */
  endpoint: string;
}

type Step =
  | { kind: 'question'; index: number }
  | { kind: 'result' }
  | { kind: 'contact' }
  | { kind: 'confirmation'; reference: string; team: { name: string; phone: string } | null };

const EMPTY_CONTACT: ContactDraft = { fullName: '', email: '', phone: '', consent: false };

/**
 * The eligibility checker and enquiry form every partner site embeds. It runs the same rules as the CMS (from
 * @bfp/eligibility), shows the carer their result with reasons, then takes contact details and files the enquiry.
 */
export function EligibilityForm({ partner, endpoint }: EligibilityFormProps) {
  const [step, setStep] = useState<Step>({ kind: 'question', index: 0 });
  const [answers, setAnswers] = useState<Partial<Answers>>({});
  const [interacted, setInteracted] = useState(false);
  const [contact, setContact] = useState<ContactDraft>(EMPTY_CONTACT);
  const [submitting, setSubmitting] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [sendProblem, setSendProblem] = useState<string | null>(null);
  const [failedSends, setFailedSends] = useState(0);

  const evaluation = useMemo(
    () => (step.kind === 'result' || step.kind === 'contact' ? evaluateEligibility(answers, { postcodeDistricts: partner.postcodeDistricts }) : null),
    [answers, partner.postcodeDistricts, step.kind],
  );

  function answer(id: QuestionId, value: string, index: number) {
    setAnswers((previous) => ({ ...previous, [id]: value }));
    setInteracted(true);
    setStep(index + 1 < questions.length ? { kind: 'question', index: index + 1 } : { kind: 'result' });
  }

  function back() {
    if (step.kind === 'question' && step.index > 0) setStep({ kind: 'question', index: step.index - 1 });
    else if (step.kind === 'result') setStep({ kind: 'question', index: questions.length - 1 });
    else if (step.kind === 'contact') setStep({ kind: 'result' });
  }

  async function send() {
    if (!evaluation?.ok) return;
    setSubmitting(true);
    setSendProblem(null);
    const outcome = await submitEnquiry({ endpoint, partner, answers: evaluation.result.answers, contact });
    setSubmitting(false);
    if (outcome.kind === 'accepted') {
      setStep({ kind: 'confirmation', reference: outcome.reference, team: outcome.team });
      return;
    }
    if (outcome.kind === 'invalid') setServerErrors(outcome.errors);
    else setSendProblem(outcome.message);
    setFailedSends((n) => n + 1);
  }

  const question = step.kind === 'question' ? questions[step.index]! : null;
  const showBack = (step.kind === 'question' && step.index > 0) || step.kind === 'result' || step.kind === 'contact';

  return (
    <div className="eligibility-form" data-step={question ? question.id : step.kind}>
      {showBack && (
        <button type="button" className="back-link" onClick={back}>
          Back
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
          draft={contact}
          onChange={(draft) => {
            setContact(draft);
            setServerErrors({});
          }}
          onSubmit={send}
          submitting={submitting}
          serverErrors={serverErrors}
          sendProblem={sendProblem}
          sendAttempts={failedSends}
        />
      )}
      {step.kind === 'confirmation' && <ConfirmationStep partner={partner} reference={step.reference} team={step.team} />}
    </div>
  );
}

export default EligibilityForm;
