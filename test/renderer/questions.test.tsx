// The member's own questions: they are private notes that must never be lost, so a failed save
// keeps what was typed and says why, and a delete is confirmed on the page first.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aQuestion, callsTo, fakeTransport, renderApp } from './fake-app';

const question = 'What is the plan to bring re-referrals back under target?';
const itemFor = (text: string): HTMLElement => screen.getByText(text).closest('li') as HTMLElement;

describe('writing questions', () => {
  it('adds a question, lists it as a draft and empties the box for the next one', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport();
    await renderApp(transport, '#/questions');
    await user.type(screen.getByLabelText('Your question'), question);
    await user.click(screen.getByRole('button', { name: 'Add question' }));

    expect(await screen.findByText(question)).toBeInTheDocument();
    expect(within(itemFor(question)).getByLabelText('Status')).toHaveDisplayValue('Draft');
    expect(callsTo(calls, 'questions.create')).toEqual([{ text: question }]);
    expect(screen.getByLabelText('Your question')).toHaveValue('');
    expect(screen.queryByText('No questions yet')).not.toBeInTheDocument();
  });

  it('keeps the typed text and shows why when the question could not be saved', async () => {
    const user = userEvent.setup();
    const { transport } = fakeTransport({
      'questions.create': () => {
        throw new Error('The store could not be written: the disk is full.');
      },
    });
    await renderApp(transport, '#/questions');
    await user.type(screen.getByLabelText('Your question'), question);
    await user.click(screen.getByRole('button', { name: 'Add question' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your question was not saved. The store could not be written: the disk is full.',
    );
    expect(screen.getByLabelText('Your question')).toHaveValue(question);
    expect(screen.getByLabelText('Your question')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('No questions yet')).toBeInTheDocument();
  });

  it('asks for some text instead of saving an empty question', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport();
    await renderApp(transport, '#/questions');
    await user.type(screen.getByLabelText('Your question'), '   ');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type your question in the box');
    expect(callsTo(calls, 'questions.create')).toEqual([]);
  });
});

describe('looking after questions', () => {
  it('saves a new status as soon as it is chosen', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({}, [aQuestion(3, question)]);
    await renderApp(transport, '#/questions');
    await user.selectOptions(within(itemFor(question)).getByLabelText('Status'), 'Ready');
    expect(callsTo(calls, 'questions.update')).toEqual([{ id: 3, status: 'ready' }]);
    expect(within(itemFor(question)).getByLabelText('Status')).toHaveDisplayValue('Ready');
  });

  it('puts the status back and says so when the change could not be saved', async () => {
    const user = userEvent.setup();
    const { transport } = fakeTransport(
      {
        'questions.update': () => {
          throw new Error('There is no question 3. It may have been deleted.');
        },
      },
      [aQuestion(3, question, 'ready')],
    );
    await renderApp(transport, '#/questions');
    await user.selectOptions(within(itemFor(question)).getByLabelText('Status'), 'Asked');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The status was not changed. There is no question 3.',
    );
    expect(within(itemFor(question)).getByLabelText('Status')).toHaveDisplayValue('Ready');
  });

  it('edits a question in place', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({}, [aQuestion(3, question)]);
    await renderApp(transport, '#/questions');
    await user.click(within(itemFor(question)).getByRole('button', { name: 'Edit' }));
    const editor = screen.getByLabelText('Edit question');
    expect(editor).toHaveFocus();
    await user.clear(editor);
    await user.type(editor, 'Why did re-referrals rise in Q2?');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Why did re-referrals rise in Q2?')).toBeInTheDocument();
    expect(callsTo(calls, 'questions.update')).toEqual([
      { id: 3, text: 'Why did re-referrals rise in Q2?' },
    ]);
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('keeps an edit on screen when it could not be saved', async () => {
    const user = userEvent.setup();
    const { transport } = fakeTransport(
      {
        'questions.update': () => {
          throw new Error('The store is read-only.');
        },
      },
      [aQuestion(3, question)],
    );
    await renderApp(transport, '#/questions');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.type(screen.getByLabelText('Edit question'), ' And by when?');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The store is read-only.');
    expect(screen.getByLabelText('Edit question')).toHaveValue(`${question} And by when?`);
  });

  it('asks on the page before deleting, and cancelling keeps the question', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({}, [aQuestion(3, question)]);
    await renderApp(transport, '#/questions');
    await user.click(within(itemFor(question)).getByRole('button', { name: 'Delete' }));

    const confirm = screen.getByRole('group', { name: /Delete this question\?/ });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByText(question)).toBeInTheDocument();
    expect(callsTo(calls, 'questions.delete')).toEqual([]);
  });

  it('deletes a question once the member confirms', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({}, [
      aQuestion(3, question),
      aQuestion(4, 'Is the new fostering campaign working?'),
    ]);
    await renderApp(transport, '#/questions');
    await user.click(within(itemFor(question)).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));

    expect(callsTo(calls, 'questions.delete')).toEqual([{ id: 3 }]);
    expect(screen.queryByText(question)).not.toBeInTheDocument();
    expect(screen.getByText('Is the new fostering campaign working?')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Question deleted.');
    expect(screen.getByRole('heading', { name: 'Your questions' })).toHaveFocus();
  });
});
