import { callTimeQuestion, contactTextFields, type Answers, type Question, type QuestionId } from '@bfp/eligibility';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { useErrorInPageTitle } from '../usePageTitle.ts';
import type { ContactDraft } from './ContactStep.tsx';
import { useWording } from '../FormLanguage.ts';
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

function answerText(question: Question, value: string | undefined, notAnswered: string): string {
  if (!value) return notAnswered;
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
  const { language, say } = useWording();
  const callTimes = callTimeQuestion(language).options;
  const contactRows = [
    ...contactTextFields(language).map((field) => ({
      key: field.label,
      value: contact[field.name],
      hidden: say.check.changeField(field.label),
    })),
    {
      key: say.check.goodTimeToCall,
      value: callTimes.find((time) => time.value === contact.callTime)?.label ?? say.check.notGiven,
      hidden: say.check.changeCallTime,
    },
    {
      key: say.check.emailUpdates,
      value: say.check.emailUpdatesAnswer(contact.emailUpdates),
      hidden: say.check.changeEmailUpdates,
    },
  ];
  return (
    <div className="step">
      <ErrorSummary
        errors={sendProblem ? [{ fieldId: 'send-enquiry', message: sendProblem }] : []}
        focusKey={sendAttempts}
      />
      <StepHeading focus>{say.check.heading}</StepHeading>
      <p>{resultHeading}</p>
      <h3 className="heading-m">{say.check.yourAnswers}</h3>
      <dl className="summary-list">
        {questions
          .filter((question) => answers[question.id] !== undefined)
          .map((question) => (
            <div className="summary-list__row" key={question.id}>
              <dt className="summary-list__key">{question.question}</dt>
              <dd className="summary-list__value">
                {answerText(question, answers[question.id], say.check.notAnswered)}
              </dd>
              <dd className="summary-list__actions">
                <button type="button" className="link-button" onClick={() => onChangeAnswer(question.id)}>
                  {say.check.change}
                  <span className="visually-hidden">{say.check.changeAnswer(question.question)}</span>
                </button>
              </dd>
            </div>
          ))}
      </dl>
      <h3 className="heading-m">{say.check.yourContactDetails}</h3>
      <dl className="summary-list">
        {contactRows.map((row) => (
          <div className="summary-list__row" key={row.key}>
            <dt className="summary-list__key">{row.key}</dt>
            <dd className="summary-list__value">{row.value}</dd>
            <dd className="summary-list__actions">
              <button type="button" className="link-button" onClick={onChangeContact}>
                {say.check.change}
                <span className="visually-hidden">{row.hidden}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="heading-m">{say.check.nowSend}</h3>
      <p>{say.check.declaration}</p>
      <button
        type="button"
        className="button"
        id="send-enquiry"
        onClick={onSend}
        disabled={submitting}
        aria-disabled={submitting || undefined}
      >
        {submitting ? say.check.sending : say.check.send}
      </button>
    </div>
  );
}
