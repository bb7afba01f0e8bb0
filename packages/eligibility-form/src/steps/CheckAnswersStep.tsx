import { CONTACT_TEXT_FIELDS, callTimeLabel, type Answers, type Question, type QuestionId } from '@bfp/eligibility';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { useErrorInPageTitle } from '../usePageTitle.ts';
import type { ContactDraft } from './ContactStep.tsx';
import { StepHeading } from './StepHeading.tsx';

interface CheckAnswersStepProps {
  /** The answers as evaluated: after one that rules the carer out for now, the rest are not asked. */
  answers: Partial<Answers>;
  questions: readonly Question[];
  contact: ContactDraft;
  resultHeading: string;
  onChangeAnswer: (id: QuestionId) => void;
  onChangeContact: () => void;
  onSend: () => void;
  submitting: boolean;
  sendProblem: string | null;
  /** Counts sends that came back with a problem, so the error summary takes focus again each time. */
  sendAttempts: number;
}

function answerText(question: Question, value: string | undefined): string {
  if (!value) return 'Not answered';
  if (question.kind === 'postcode') return value;
  return question.options.find((option) => option.value === value)?.label ?? value;
}

/**
 * GOV.UK "check answers": every answer and contact detail once more, each with a Change link that returns here,
 * before anything is sent. Nothing leaves the browser until the carer presses "Accept and send".
 */
export function CheckAnswersStep(props: CheckAnswersStepProps) {
  const {
    answers,
    questions,
    contact,
    resultHeading,
    onChangeAnswer,
    onChangeContact,
    onSend,
    submitting,
    sendProblem,
    sendAttempts,
  } = props;
  useErrorInPageTitle(sendProblem !== null);
  const contactRows = [
    ...CONTACT_TEXT_FIELDS.map((field) => ({
      key: field.label,
      value: contact[field.name],
      hidden: `your ${field.label.toLowerCase()}`,
    })),
    {
      key: 'Good time to call',
      value: callTimeLabel(contact.callTime) || 'Not given',
      hidden: 'when is a good time to call',
    },
  ];
  return (
    <div className="step">
      <ErrorSummary
        errors={sendProblem ? [{ fieldId: 'send-enquiry', message: sendProblem }] : []}
        focusKey={sendAttempts}
      />
      <StepHeading focus>Check your answers before sending your enquiry</StepHeading>
      <p>{resultHeading}</p>
      <h3 className="heading-m">Your answers</h3>
      <dl className="summary-list">
        {questions
          .filter((question) => answers[question.id] !== undefined)
          .map((question) => (
            <div className="summary-list__row" key={question.id}>
              <dt className="summary-list__key">{question.question}</dt>
              <dd className="summary-list__value">{answerText(question, answers[question.id])}</dd>
              <dd className="summary-list__actions">
                <button type="button" className="link-button" onClick={() => onChangeAnswer(question.id)}>
                  Change<span className="visually-hidden"> your answer to: {question.question}</span>
                </button>
              </dd>
            </div>
          ))}
      </dl>
      <h3 className="heading-m">Your contact details</h3>
      <dl className="summary-list">
        {contactRows.map((row) => (
          <div className="summary-list__row" key={row.key}>
            <dt className="summary-list__key">{row.key}</dt>
            <dd className="summary-list__value">{row.value}</dd>
            <dd className="summary-list__actions">
              <button type="button" className="link-button" onClick={onChangeContact}>
                Change<span className="visually-hidden"> {row.hidden}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="heading-m">Now send your enquiry</h3>
      <p>
        By sending it you agree to be contacted about fostering, and confirm the details are correct as far as you know.
      </p>
      <button
        type="button"
        className="button"
        id="send-enquiry"
        onClick={onSend}
        disabled={submitting}
        aria-disabled={submitting || undefined}
      >
        {submitting ? 'Sending…' : 'Accept and send'}
      </button>
    </div>
  );
}
