// The small form for writing a question or a note where the member is reading: choose which,
// type it, save. Escape or Cancel closes it; a failed save keeps the text and says why.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { messageOf } from '../../api';

interface WorkFormProps {
  /** What the new question or note is about, for the form's legend ("paragraph 3.2"). */
  about: string;
  /** The words chosen from the paragraph, when the member selected a passage. */
  passage: string | null;
  onSave: (kind: 'question' | 'note', text: string) => Promise<void>;
  onClose: () => void;
}

export function WorkForm({ about, passage, onSave, onClose }: WorkFormProps) {
  const [kind, setKind] = useState<'question' | 'note'>('question');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  useEffect(() => box.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (saving) return;
    if (text.trim() === '') {
      setError(`Type your ${kind} in the box before saving it.`);
      box.current?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(kind, text);
      onClose();
    } catch (failure) {
      setError(`Your ${kind} was not saved. ${messageOf(failure)} Your text is still in the box.`);
      setSaving(false);
    }
  }

  const escape = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <form
      className="work-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={escape}
      noValidate
    >
      <fieldset>
        <legend>Add a question or note on {about}</legend>
        {passage && <blockquote className="work-quote">“{passage}”</blockquote>}
        <div className="work-kinds">
          {(['question', 'note'] as const).map((each) => (
            <label key={each}>
              <input
                type="radio"
                name={`${ids}-kind`}
                value={each}
                checked={kind === each}
                onChange={() => setKind(each)}
              />{' '}
              {each === 'question' ? 'Question' : 'Note'}
            </label>
          ))}
        </div>
        <label htmlFor={`${ids}-text`}>{kind === 'question' ? 'Your question' : 'Your note'}</label>
        {error && (
          <div id={`${ids}-error`} className="error-box" role="alert">
            <p>{error}</p>
          </div>
        )}
        <textarea
          id={`${ids}-text`}
          ref={box}
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={error ? `${ids}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            Save {kind}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
