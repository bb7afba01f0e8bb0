import { useState, type FormEvent } from 'react';
import { validateAnswer, type Question } from '@bfp/eligibility';
import { ErrorMessage, ErrorSummary } from '../ErrorSummary.tsx';
import { useErrorInPageTitle } from '../usePageTitle.ts';
import { useWording } from '../FormLanguage.ts';
import { StepHeading } from './StepHeading.tsx';

interface QuestionStepProps {
  question: Question;
  number: number;
  total: number;
  value: string | undefined;
  onAnswer: (value: string) => void;
  /** Move focus to the question when it appears (every step after the first interaction). */
  focusHeading: boolean;
}

/** One question per page (GOV.UK): the question is the legend, with a hint and one Continue button. */
export function QuestionStep({ question, number, total, value, onAnswer, focusHeading }: QuestionStepProps) {
  const { language, say } = useWording();
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useErrorInPageTitle(error !== null);
  const fieldId = question.kind === 'choice' ? `${question.id}-0` : question.id;
  const hintId = `${question.id}-hint`;
  const errorId = `${question.id}-error`;
  const describedBy = [question.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const message = validateAnswer(question.id, draft, question, language);
    setError(message);
    setAttempt((n) => n + 1);
    if (!message) onAnswer(draft);
  }

  return (
    <form noValidate onSubmit={submit} className="step">
      <ErrorSummary errors={error ? [{ fieldId, message: error }] : []} focusKey={attempt} />
      <p className="step__progress">{say.progress(number, total)}</p>
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        {question.kind === 'choice' ? (
          <fieldset className="fieldset" aria-describedby={describedBy}>
            <legend className="fieldset__legend">
              <StepHeading focus={focusHeading}>{question.question}</StepHeading>
            </legend>
            {question.hint && (
              <p className="hint" id={hintId}>
                {question.hint}
              </p>
            )}
            <ErrorMessage id={errorId} message={error ?? undefined} />
            <div className="radios">
              {question.options.map((option, index) => (
                <div className="radios__item" key={option.value}>
                  <input
                    className="radios__input"
                    type="radio"
                    id={`${question.id}-${index}`}
                    name={question.id}
                    value={option.value}
                    checked={draft === option.value}
                    onChange={() => setDraft(option.value)}
                  />
                  <label className="radios__label" htmlFor={`${question.id}-${index}`}>
                    {option.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : (
          <>
            <StepHeading focus={focusHeading}>
              <label htmlFor={question.id}>{question.question}</label>
            </StepHeading>
            {question.hint && (
              <p className="hint" id={hintId}>
                {question.hint}
              </p>
            )}
            <ErrorMessage id={errorId} message={error ?? undefined} />
            <input
              className="input input--postcode"
              id={question.id}
              name={question.id}
              type="text"
              autoComplete="postal-code"
              spellCheck={false}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
          </>
        )}
      </div>
      <button type="submit" className="button">
        {say.continue}
      </button>
    </form>
  );
}
