// The exceptions the app found in indicators, each read as a question a member could ask, with
// the figures it rests on (and their sources) and a button to keep it as one of their questions.
import type { IndicatorException } from '../../../shared/indicator-series';
import { indicatorHref } from '../../sections';
import { SourceButton } from '../source/SourceButton';
import { AddQuestionButton } from './AddQuestionButton';

interface ExceptionListProps {
  exceptions: IndicatorException[];
  /** The meeting new questions are filed under, or null when there is none. */
  meetingId: number | null;
  /** Whether to name and link each exception's indicator (on pages about several). */
  linkIndicators: boolean;
}

function evidenceValue(value: IndicatorException['evidence'][number]['value']): string {
  if (value === null) return 'Not given';
  return typeof value === 'number' ? new Intl.NumberFormat('en-GB').format(value) : value;
}

function ExceptionEntry({
  exception,
  meetingId,
  linkIndicators,
}: { exception: IndicatorException } & Omit<ExceptionListProps, 'exceptions'>) {
  const { indicator } = exception;
  return (
    <li className="exception">
      {linkIndicators && indicator && (
        <p className="exception-indicator">
          <a href={indicatorHref(indicator.id)}>{indicator.name}</a>
        </p>
      )}
      <p className="exception-message">{exception.message}</p>
      <p className="exception-period">Period: {exception.period}</p>
      {exception.evidence.length > 0 && (
        <dl className="evidence">
          {exception.evidence.map((evidence, index) => (
            <div key={index}>
              <dt>{evidence.label}</dt>
              <dd>
                {evidenceValue(evidence.value)} <SourceButton source={evidence.source} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <AddQuestionButton
        text={exception.message}
        indicatorId={indicator?.id ?? null}
        meetingId={meetingId}
      />
    </li>
  );
}

export function ExceptionList({ exceptions, meetingId, linkIndicators }: ExceptionListProps) {
  return (
    <ul className="exception-list">
      {exceptions.map((exception, index) => (
        <ExceptionEntry
          key={`${exception.rule}-${exception.periodKey}-${index}`}
          exception={exception}
          meetingId={meetingId}
          linkIndicators={linkIndicators}
        />
      ))}
    </ul>
  );
}
