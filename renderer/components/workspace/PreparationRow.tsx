// One question in "My preparation": where it is anchored, its status, the answer received and the
// member's note, and moving it up or down (buttons, Alt+Arrow keys, or dragging the row).
import { useId, useState, type DragEvent, type KeyboardEvent } from 'react';
import { messageOf } from '../../api';
import { formatDate, questionStatusLabels } from '../../format';
import { useWorkspace, type WorkQuestion } from './workspace-context';

const statuses = Object.keys(questionStatusLabels) as WorkQuestion['status'][];

function whereAnchored(question: WorkQuestion): string | null {
  const { anchor } = question;
  const parts = [
    anchor.agendaNumber && `Item ${anchor.agendaNumber}`,
    anchor.paragraph && `paragraph ${anchor.paragraph}`,
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  if (anchor.kind === 'minute' || anchor.kind === 'resolution') return `A ${anchor.kind}`;
  if (anchor.kind === 'indicator') return 'An indicator';
  return null;
}

interface RowProps {
  question: WorkQuestion;
  position: number;
  count: number;
  /** Moves the question by -1 (up) or +1 (down) within its group; false when it cannot. */
  onMove: (question: WorkQuestion, by: -1 | 1) => Promise<boolean>;
  onDrop: (draggedId: number, onto: WorkQuestion) => void;
}

export function PreparationRow({ question, position, count, onMove, onDrop }: RowProps) {
  const { edit } = useWorkspace();
  const [answer, setAnswer] = useState(question.answer ?? '');
  const [note, setNote] = useState(question.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const textId = `${ids}-text`;
  const where = whereAnchored(question);

  async function attempt(work: () => Promise<void>, failure: string): Promise<void> {
    setError(null);
    try {
      await work();
    } catch (thrown) {
      setError(`${failure} ${messageOf(thrown)}`);
    }
  }

  const keys = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void onMove(question, event.key === 'ArrowUp' ? -1 : 1);
  };
  const dragStart = (event: DragEvent<HTMLLIElement>): void => {
    event.dataTransfer.setData('text/x-question-id', String(question.id));
    event.dataTransfer.effectAllowed = 'move';
  };
  const drop = (event: DragEvent<HTMLLIElement>): void => {
    const dragged = Number(event.dataTransfer.getData('text/x-question-id'));
    if (dragged > 0 && dragged !== question.id) {
      event.preventDefault();
      onDrop(dragged, question);
    }
  };

  return (
    <li
      className="prep-row"
      draggable
      onDragStart={dragStart}
      onDragOver={(event) => event.preventDefault()}
      onDrop={drop}
      onKeyDown={keys}
      aria-describedby={`${ids}-position`}
    >
      <p id={textId} className="prep-text">
        {question.text}
      </p>
      <p className="prep-where">
        {question.carriedFrom && (
          <span className="prep-carried">
            Carried from {question.carriedFrom.committee}, {formatDate(question.carriedFrom.date)}
          </span>
        )}
        {where && <span>{where}</span>}
        <span id={`${ids}-position`} className="visually-hidden">
          Priority {position} of {count}. Alt and the up or down arrow move it.
        </span>
      </p>
      {question.anchor.quote && question.anchor.kind !== 'meeting' && (
        <blockquote className="work-quote">“{question.anchor.quote}”</blockquote>
      )}
      {question.anchor.changed && (
        <p className="work-changed">The text it pointed to has changed.</p>
      )}
      {error && (
        <div className="error-box" role="alert">
          <p>{error}</p>
        </div>
      )}
      <div className="prep-controls">
        <label htmlFor={`${ids}-status`}>Status</label>
        <select
          id={`${ids}-status`}
          value={question.status}
          aria-describedby={textId}
          onChange={(event) => {
            const status = event.target.value as WorkQuestion['status'];
            void attempt(() => edit(question, { status }), 'The status was not changed.');
          }}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {questionStatusLabels[status]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-describedby={textId}
          aria-disabled={position === 1 || undefined}
          onClick={() => void onMove(question, -1)}
        >
          Move up
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-describedby={textId}
          aria-disabled={position === count || undefined}
          onClick={() => void onMove(question, 1)}
        >
          Move down
        </button>
      </div>
      <div className="prep-fields">
        <label htmlFor={`${ids}-answer`}>Answer received</label>
        <textarea
          id={`${ids}-answer`}
          rows={2}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
        />
        <label htmlFor={`${ids}-note`}>Note</label>
        <textarea
          id={`${ids}-note`}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <button
          type="button"
          className="button button-secondary button-small"
          aria-describedby={textId}
          onClick={() =>
            void attempt(
              () => edit(question, { answer: answer || null, note: note || null }),
              'The answer and note were not saved; what you typed is still in the boxes.',
            )
          }
        >
          Save answer and note
        </button>
      </div>
    </li>
  );
}
