// After an import: what happened to each file in words and with a shape (never colour alone), the
// meetings it found as links, what was read, any warnings, and the reason when a file failed.
import { useEffect, useRef } from 'react';
import { formatLongDate } from '../../format';
import type { MeetingSummary } from '../../meeting-groups';
import { meetingHref } from '../../sections';
import type { ImportResult } from '../../import/upload';
import { ImportTables } from '../indicators/ImportTables';

type Counts = NonNullable<ImportResult['counts']>;

const statusWords: Record<ImportResult['status'], { icon: string; words: string }> = {
  imported: { icon: '✓', words: 'Imported' },
  skipped: { icon: '=', words: 'Already imported' },
  failed: { icon: '✕', words: 'Failed' },
};

const countLabels: [keyof Counts, string][] = [
  ['agendaItems', 'Agenda items'],
  ['minutes', 'Minutes'],
  ['resolutions', 'Resolutions'],
  ['reports', 'Reports'],
  ['paragraphs', 'Paragraphs'],
  ['questions', 'Questions'],
  ['pages', 'Pages'],
];

function MeetingsFound({ dates, meetings }: { dates: string[]; meetings: MeetingSummary[] }) {
  if (dates.length === 0) return null;
  return (
    <>
      <h4>Meetings found</h4>
      <ul className="meetings-found">
        {dates.flatMap((date) => {
          const matching = meetings.filter((meeting) => meeting.date === date);
          if (matching.length === 0) return [<li key={date}>{formatLongDate(date)}</li>];
          return matching.map((meeting) => (
            <li key={meeting.id}>
              <a href={meetingHref(meeting.id)}>{formatLongDate(date)}</a>
              {` – ${meeting.committee}`}
            </li>
          ));
        })}
      </ul>
    </>
  );
}

function FileOutcome({ result, meetings }: { result: ImportResult; meetings: MeetingSummary[] }) {
  const status = statusWords[result.status];
  return (
    <li className={`import-file import-${result.status}`}>
      <h3>{result.file}</h3>
      <p className="import-status">
        <span className="import-icon" aria-hidden="true">
          {status.icon}
        </span>{' '}
        {status.words}
      </p>
      {result.error && (
        <div className="error-box" role="alert">
          <p>{result.error}</p>
        </div>
      )}
      <MeetingsFound dates={result.meetings} meetings={meetings} />
      {result.counts && (
        <dl className="import-counts">
          {countLabels.map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{result.counts?.[key]}</dd>
            </div>
          ))}
        </dl>
      )}
      <ImportTables tables={result.tables} />
      {result.warnings.length > 0 && (
        <>
          <h4>Warnings</h4>
          <ul className="import-warnings">
            {result.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

interface ImportReportProps {
  results: ImportResult[];
  meetings: MeetingSummary[];
  onDismiss: () => void;
}

export function ImportReport({ results, meetings, onDismiss }: ImportReportProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The report replaces the button or zone the member used, so focus moves to it.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={heading} tabIndex={-1}>
        Import report
      </h2>
      <ul className="import-files">
        {results.map((result, index) => (
          <FileOutcome key={index} result={result} meetings={meetings} />
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={onDismiss}>
        Close the report
      </button>
    </section>
  );
}
