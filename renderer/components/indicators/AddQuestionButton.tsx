// Turns a flagged exception into one of the member's own questions, filed under the meeting it
// is for; once added, the button says so and points to the Questions page.
import { useState } from 'react';
import { messageOf } from '../../api';
import { useApi } from '../../api-context';
import { sectionHref } from '../../sections';
import { ErrorAlert } from '../Loaded';

interface AddQuestionButtonProps {
  text: string;
  indicatorId: number | null;
  meetingId: number | null;
}

export function AddQuestionButton({ text, indicatorId, meetingId }: AddQuestionButtonProps) {
  const api = useApi();
  const [state, setState] = useState<'ready' | 'saving' | 'added'>('ready');
  const [error, setError] = useState<string | null>(null);

  const add = async (): Promise<void> => {
    if (state !== 'ready') return;
    setState('saving');
    setError(null);
    try {
      await api.call('questions.create', { text, indicatorId, meetingId });
      setState('added');
    } catch (failure) {
      setState('ready');
      setError(`The question could not be added. ${messageOf(failure)}`);
    }
  };

  return (
    <div className="add-question">
      {/* aria-disabled rather than disabled, so keyboard focus stays on the button. */}
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={state !== 'ready' || undefined}
        onClick={() => void add()}
      >
        {state === 'added' ? 'Added to your questions' : 'Add to my questions'}
      </button>
      {state === 'added' && <a href={sectionHref('questions')}>Go to your questions</a>}
      {error && <ErrorAlert message={error} />}
    </div>
  );
}
