// The minutes recorded for this meeting: each minute's text and discussion points (folded away
// so the page stays scannable), what was RESOLVED set apart in its own box, commitments made in
// passing listed separately, and questions put at the meeting with their replies.
import { resolutionKindLabel, resolutionStatusLabels } from '../../format';
import type { MeetingDetail } from '../../hooks/use-meeting';
import { SourceButton } from '../source/SourceButton';
import { ResolutionWork } from '../workspace/AnchoredWork';

type Minute = MeetingDetail['minutes'][number];
type Resolution = Minute['resolutions'][number];
type MinuteQuestion = Minute['questions'][number];

/** "a", "(a)" or "a)" → "(a)", as resolutions are lettered in minutes. */
export function bracketed(label: string): string {
  return `(${label.replace(/^[\s(]+|[\s).]+$/g, '')})`;
}

function ResolutionEntry({ resolution }: { resolution: Resolution }) {
  return (
    <li className="resolution">
      {resolution.label && <span className="resolution-label">{bracketed(resolution.label)}</span>}
      <div>
        <p>{resolution.text}</p>
        <p className="resolution-meta">
          {resolutionKindLabel(resolution.kind)} · Status:{' '}
          {resolutionStatusLabels[resolution.status]}
        </p>
        <SourceButton source={resolution.source} />
        <ResolutionWork resolution={resolution} />
      </div>
    </li>
  );
}

function QuestionEntry({ question }: { question: MinuteQuestion }) {
  const rows: [string, string | null][] = [
    [question.kind === 'public' ? 'Public question from' : 'Question from', question.asker],
    ['Question', question.question],
    ['Reply', question.reply],
    ['Supplementary question', question.supplementary],
    ['Reply to the supplementary question', question.supplementaryReply],
  ];
  return (
    <li className="minute-question">
      <dl>
        {rows
          .filter((row): row is [string, string] => row[1] !== null)
          .map(([term, text]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
      </dl>
      <SourceButton source={question.source} />
    </li>
  );
}

function MinuteEntry({ minute }: { minute: Minute }) {
  const headingId = `minute-${minute.id}`;
  const resolved = minute.resolutions.filter((resolution) => resolution.kind !== 'commitment');
  const commitments = minute.resolutions.filter((resolution) => resolution.kind === 'commitment');
  return (
    <section className="minute" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="minute-number">{minute.number}</span> {minute.title}
      </h3>
      <SourceButton source={minute.source} />
      {(minute.body || minute.discussionPoints.length > 0) && (
        <details>
          <summary>Read minute {minute.number}</summary>
          {minute.body && <p className="minute-body">{minute.body}</p>}
          {minute.discussionPoints.length > 0 && (
            <>
              <h4>Arising from the discussion</h4>
              <ol className="discussion-points" type="i">
                {minute.discussionPoints.map((point, index) => (
                  <li key={index}>{point}</li>
                ))}
              </ol>
            </>
          )}
        </details>
      )}
      {resolved.length > 0 && (
        <section className="resolved-box" aria-labelledby={`${headingId}-resolved`}>
          <h4 id={`${headingId}-resolved`}>Resolved</h4>
          <ul className="resolution-list">
            {resolved.map((resolution) => (
              <ResolutionEntry key={resolution.id} resolution={resolution} />
            ))}
          </ul>
        </section>
      )}
      {commitments.length > 0 && (
        <section className="commitments" aria-labelledby={`${headingId}-commitments`}>
          <h4 id={`${headingId}-commitments`}>Commitments made</h4>
          <ul className="resolution-list">
            {commitments.map((resolution) => (
              <ResolutionEntry key={resolution.id} resolution={resolution} />
            ))}
          </ul>
        </section>
      )}
      {minute.questions.length > 0 && (
        <section aria-labelledby={`${headingId}-questions`}>
          <h4 id={`${headingId}-questions`}>Questions</h4>
          <ul className="plain-list">
            {minute.questions.map((question, index) => (
              <QuestionEntry key={index} question={question} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

export function Minutes({ minutes }: { minutes: Minute[] }) {
  return (
    <section aria-labelledby="minutes" className="meeting-part">
      <h2 id="minutes" tabIndex={-1}>
        Minutes recorded for this meeting
      </h2>
      {minutes.length === 0 ? (
        <p>
          No minutes have been recorded for this meeting yet. They usually arrive with the agenda
          pack for the committee’s next meeting.
        </p>
      ) : (
        minutes.map((minute) => <MinuteEntry key={minute.id} minute={minute} />)
      )}
    </section>
  );
}
