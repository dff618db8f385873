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
    expect(callsTo(calls, 'search.query')).toEqual([{ text: 'delayed discharges', limit: 21 }]);
    const [resolution] = screen
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('search-hit')) as [HTMLElement];
    expect(within(resolution).getByText('Resolution')).toBeInTheDocument();
    expect(within(resolution).getByRole('heading', { name: 'Minute 42 (b)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '19 November 2024' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not tied to a meeting' })).toBeInTheDocument();
  });

  it('marks the words found from the ranges the app gives, as text, never markup', async () => {
    const user = userEvent.setup();
    const { transport } = fakeTransport({
      'search.query': () => [
        {
          kind: 'minute',
          id: 1,
          title: 'Minute 5: Repairs',
          snippet: 'The <i>damp</i> survey found damp in 40 homes.',
          highlights: [
            { start: 7, end: 11 },
            { start: 29, end: 33 },
          ],
          meetingId: 3,
          meetingDate: '2023-05-01',
          committee: 'Housing Scrutiny',
        },
      ],
    });
    await renderApp(transport, '#/search');
    await user.type(screen.getByLabelText('Words to search for'), 'damp{Enter}');
    const snippet = await screen.findByText(
      (_, element) => element?.tagName === 'P' && element.classList.contains('hit-snippet'),
    );
    expect(snippet).toHaveTextContent('The <i>damp</i> survey found damp in 40 homes.');
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'damp',
      'damp',
    ]);
    expect(snippet.querySelector('i')).toBeNull();
    expect(screen.getByRole('link', { name: 'Housing Scrutiny, 1 May 2023' })).toHaveAttribute(
      'href',
      '#/meetings/3',
    );
  });

  it('asks for the next page with "More results" and keeps the filters chosen', async () => {
    const user = userEvent.setup();
    const hit = (id: number) => ({
      kind: 'resolution' as const,
      id,
      title: `Resolution ${id}`,
      snippet: 'report back on damp',
      meetingId: id,
      meetingDate: '2023-05-01',
      committee: 'Housing Scrutiny',
    });
    const { transport, calls } = fakeTransport({
      'search.committees': () => ['Environment Scrutiny', 'Housing Scrutiny'],
      'search.query': ({ offset }) =>
        offset ? [hit(21), hit(22)] : Array.from({ length: 21 }, (_, n) => hit(n + 1)),
    });
    await renderApp(transport, '#/search');
    await user.selectOptions(await screen.findByLabelText('Committee'), 'Housing Scrutiny');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Resolution');
    await user.type(screen.getByLabelText('Meetings from'), '2020-01-01');
    await user.type(screen.getByLabelText('Words to search for'), 'damp{Enter}');
    expect(await screen.findByText('The best 20 results for ‘damp’; more below')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Resolution 21' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'More results' }));
    expect(await screen.findByText('22 results for ‘damp’')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Resolution 21' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'More results' })).not.toBeInTheDocument();
    const filters = {
      text: 'damp',
      limit: 21,
      kinds: ['resolution'],
      committee: 'Housing Scrutiny',
      from: '2020-01-01',
    };
    expect(callsTo(calls, 'search.query')).toEqual([filters, { ...filters, offset: 20 }]);
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
