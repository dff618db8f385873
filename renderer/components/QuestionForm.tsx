// The box where a member writes a new question. A failed save never clears what they typed:
// the text stays in the box and the reason is shown in an alert.
import { useId, useState, type FormEvent } from 'react';
import { messageOf } from '../api';

export function QuestionForm({ onAdd }: { onAdd: (text: string) => Promise<void> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = useId();

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (saving) return;
    if (text.trim() === '') {
      setError('Type your question in the box before adding it.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onAdd(text);
      setText('');
    } catch (failure) {
      setError(`Your question was not saved. ${messageOf(failure)} Your text is still in the box.`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="question-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${ids}-text`}>Your question</label>
      <p id={`${ids}-hint`} className="hint">
        Only you can see your questions. They are kept on this computer.
      </p>
      {error && (
        <div id={`${ids}-error`} className="error-box" role="alert">
          <p>{error}</p>
        </div>
      )}
      <textarea
        id={`${ids}-text`}
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={error ? `${ids}-hint ${ids}-error` : `${ids}-hint`}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" className="button" aria-disabled={saving || undefined}>
        Add question
      </button>
    </form>
  );
}
