// The Questions section: the member's own questions for committee meetings, which they write,
// edit, move through Draft → Ready → Asked → Answered, and delete. Kept privately in the store.
import { useRef, useState } from 'react';
import { useApi } from '../api-context';
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { QuestionForm } from '../components/QuestionForm';
import { QuestionItem, type Question, type QuestionChange } from '../components/QuestionItem';
import { useListing } from '../hooks/use-listing';

export function QuestionsPage() {
  const api = useApi();
  const { state, reload, update } = useListing('questions.list');
  const [announcement, setAnnouncement] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

  async function add(text: string): Promise<void> {
    const created = await api.call('questions.create', { text });
    if (state.status === 'loaded') update((questions) => [...questions, created]);
    else reload();
    setAnnouncement('Question added.');
  }

  async function change(question: Question, change: QuestionChange): Promise<void> {
    const saved = await api.call('questions.update', { id: question.id, ...change });
    update((questions) => questions.map((each) => (each.id === saved.id ? saved : each)));
    setAnnouncement(change.status ? 'Status changed.' : 'Question saved.');
  }

  async function remove(question: Question): Promise<void> {
    await api.call('questions.delete', { id: question.id });
    update((questions) => questions.filter((each) => each.id !== question.id));
    setAnnouncement('Question deleted.');
    listHeading.current?.focus();
  }

  return (
    <>
      <PageHeading>Questions</PageHeading>
      <p className="lead">
        Write down what you want to ask at committee, then mark each question as you prepare, ask
        and get an answer.
      </p>
      <QuestionForm onAdd={add} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <h2 ref={listHeading} tabIndex={-1}>
        Your questions
      </h2>
      <Loaded state={state} what="questions" onRetry={reload}>
        {(questions) =>
          questions.length === 0 ? (
            <EmptyState title="No questions yet" level={3}>
              <p>Questions you add above are listed here, with where each one has got to.</p>
            </EmptyState>
          ) : (
            <ul className="question-list">
              {questions.map((question) => (
                <QuestionItem
                  key={question.id}
                  question={question}
                  onChange={(edit) => change(question, edit)}
                  onDelete={() => remove(question)}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
