// One of the member's questions: its text, a status they can change, editing in place and a
// delete that asks for confirmation on the page. Failed saves keep the member's edit on screen.
import { useEffect, useId, useRef, useState } from 'react';
import type { Result } from '../../shared/contract';
import { messageOf } from '../api';
import { questionStatusLabels } from '../format';

export type Question = Result<'questions.list'>[number];
export type QuestionChange = { text?: string; status?: Question['status'] };

interface QuestionItemProps {
  question: Question;
  onChange: (change: QuestionChange) => Promise<void>;
  onDelete: () => Promise<void>;
}

type Mode = 'view' | 'edit' | 'confirm-delete';
const statuses = Object.keys(questionStatusLabels) as Question['status'][];

export function QuestionItem({ question, onChange, onDelete }: QuestionItemProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(question.text);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const focusAfter = useRef<'edit-button' | 'editor' | 'cancel-delete' | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = { 'edit-button': editButton, editor, 'cancel-delete': cancelDelete };
    if (focusAfter.current) target[focusAfter.current].current?.focus();
    focusAfter.current = null;
  }, [mode]);

  function switchTo(next: Mode, focus: typeof focusAfter.current): void {
    focusAfter.current = focus;
    setError(null);
    setMode(next);
  }

  async function attempt(action: () => Promise<void>, failure: string): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (thrown) {
      setError(`${failure} ${messageOf(thrown)}`);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function saveEdit(): Promise<void> {
    if (draft.trim() === '') {
      setError('A question needs some text. To remove it, use Delete instead.');
      return;
    }
    const saved = await attempt(
      () => onChange({ text: draft }),
      'Your change was not saved; your edit is still in the box.',
    );
    if (saved) switchTo('view', 'edit-button');
  }

  const textId = `${ids}-text`;
  return (
    <li className="question" aria-busy={busy || undefined}>
      {mode === 'edit' ? (
        <div className="question-editor">
          <label htmlFor={`${ids}-editor`}>Edit question</label>
          <textarea
            id={`${ids}-editor`}
            ref={editor}
            rows={4}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className="button-row">
            <button type="button" className="button" onClick={() => void saveEdit()}>
              Save changes
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => switchTo('view', 'edit-button')}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <p id={textId} className="question-text">
          {question.text}
        </p>
      )}
      {error && (
        <div className="error-box" role="alert">
          <p>{error}</p>
        </div>
      )}
      {mode === 'confirm-delete' && (
        <div className="confirm-box" role="group" aria-labelledby={`${ids}-confirm`}>
          <p id={`${ids}-confirm`}>Delete this question? This cannot be undone.</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => void attempt(onDelete, 'The question was not deleted.')}
            >
              Yes, delete it
            </button>
            <button
              type="button"
              ref={cancelDelete}
              className="button button-secondary"
              onClick={() => switchTo('view', 'edit-button')}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {mode === 'view' && (
        <div className="question-controls">
          <label htmlFor={`${ids}-status`}>Status</label>
          <select
            id={`${ids}-status`}
            value={question.status}
            aria-describedby={textId}
            onChange={(event) => {
              const status = event.target.value as Question['status'];
              void attempt(() => onChange({ status }), 'The status was not changed.');
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
            ref={editButton}
            className="button button-secondary"
            aria-describedby={textId}
            onClick={() => {
              setDraft(question.text);
              switchTo('edit', 'editor');
            }}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-describedby={textId}
            onClick={() => switchTo('confirm-delete', 'cancel-delete')}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
