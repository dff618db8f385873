// Searching the papers: results say what kind of thing matched and from which meeting, and a
// snippet is always shown as the words it contains, never run as HTML.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callsTo, fakeTransport, renderApp } from './fake-app';

describe('searching', () => {
  it('shows a snippet containing <b> as literal text, not markup', async () => {
    const user = userEvent.setup();
    const { transport } = fakeTransport({
      'search.query': () => [
        {
          kind: 'paragraph',
          id: 12,
          title: '5.3 Placement stability',
          snippet: '…the <b>re-referral</b> rate rose to 24%…',
          meetingDate: '2024-11-19',
        },
      ],
    });
    await renderApp(transport, '#/search');
    await user.type(screen.getByLabelText('Words to search for'), 're-referral');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const snippet = await screen.findByText('…the <b>re-referral</b> rate rose to 24%…');
    expect(snippet.querySelector('b')).toBeNull();
    expect(document.querySelector('main b')).toBeNull();
  });

  it('lists each result with its kind, title and meeting date', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({
      'search.query': () => [
        {
          kind: 'resolution',
          id: 4,
          title: 'Minute 42 (b)',
          snippet: 'a further report on delayed discharges',
          meetingDate: '2024-11-19',
        },
        {
          kind: 'question',
          id: 7,
          title: 'Your question',
          snippet: 'discharges',
          meetingDate: null,
        },
      ],
    });
    await renderApp(transport, '#/search');
    await user.type(screen.getByLabelText('Words to search for'), '  delayed discharges  {Enter}');

    expect(await screen.findByText('2 results for ‘delayed discharges’')).toBeInTheDocument();
    expect(callsTo(calls, 'search.query')).toEqual([{ text: 'delayed discharges' }]);
    const [resolution, question] = screen
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('search-hit')) as [HTMLElement, HTMLElement];
    expect(within(resolution).getByText('Resolution')).toBeInTheDocument();
    expect(within(resolution).getByRole('heading', { name: 'Minute 42 (b)' })).toBeInTheDocument();
    expect(within(resolution).getByText('Meeting: 19 November 2024')).toBeInTheDocument();
    expect(within(question).queryByText(/Meeting:/)).not.toBeInTheDocument();
  });

  it('is a labelled search landmark', async () => {
    await renderApp(fakeTransport().transport, '#/search');
    const search = screen.getByRole('search', { name: 'Search the papers' });
    expect(within(search).getByRole('searchbox', { name: 'Words to search for' })).toBeVisible();
  });

  it('asks for words rather than searching for nothing', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport();
    await renderApp(transport, '#/search');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Type something to search for.');
    expect(callsTo(calls, 'search.query')).toEqual([]);
  });

  it('says why a search did not run', async () => {
    const user = userEvent.setup();
    const { transport } = fakeTransport({
      'search.query': () => {
        throw new Error('The search index is being rebuilt; try again in a minute.');
      },
    });
    await renderApp(transport, '#/search');
    await user.type(screen.getByLabelText('Words to search for'), 'budget{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The search did not run. The search index is being rebuilt; try again in a minute.',
    );
  });
});
