'use client';
import { describeAnswers, type AnswerFinding } from '@bfp/eligibility';
import { useDocumentInfo } from '@payloadcms/ui';

/**
 * The carer's answers as the team reads them: each question, the answer in the carer's words, and what it means.
 * Replaces Payload's JSON editor for `answers` and `findings`, which showed raw JSON and loaded its editor from an
 * outside CDN. Read-only: the answers are evidence and never change.
 */
export function EnquiryAnswers() {
  const { initialData } = useDocumentInfo();
  const rows = describeAnswers(
    initialData?.answers as Record<string, unknown> | undefined,
    initialData?.findings as AnswerFinding[] | undefined,
  );
  if (!rows.length) {
    return (
      <div className="field-type enquiry-answers">
        <h3>Answers</h3>
        <p>{initialData?.anonymisedAt ? 'Removed when the enquiry was anonymised.' : 'No answers recorded.'}</p>
      </div>
    );
  }
  return (
    <div className="field-type enquiry-answers">
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, fontSize: '1.1rem', paddingBottom: '0.5rem' }}>
          The carer’s answers
        </caption>
        <thead>
          <tr>
            {['Question', 'Answer', 'What it means'].map((heading) => (
              <th
                key={heading}
                scope="col"
                style={{ textAlign: 'left', borderBottom: '2px solid var(--theme-elevation-150)', padding: '0.5rem' }}
              >
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.questionId}>
              <th
                scope="row"
                style={{
                  textAlign: 'left',
                  fontWeight: 400,
                  verticalAlign: 'top',
                  borderBottom: '1px solid var(--theme-elevation-100)',
                  padding: '0.5rem',
                }}
              >
                {row.question}
              </th>
              <td
                style={{
                  verticalAlign: 'top',
                  borderBottom: '1px solid var(--theme-elevation-100)',
                  padding: '0.5rem',
                  fontWeight: 600,
                }}
              >
                {row.answer}
              </td>
              <td
                style={{
                  verticalAlign: 'top',
                  borderBottom: '1px solid var(--theme-elevation-100)',
                  padding: '0.5rem',
                }}
              >
                {row.meaning ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
