// Long lists in the UI a page at a time: the first hundred resolutions or meetings at once, the
// rest on "More", asked of the app by limit and offset rather than all at once.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Result } from '../../shared/contract';
import { callsTo, fakeTransport, renderApp } from './fake-app';

type Resolution = Result<'resolutions.list'>[number];
type Meeting = Result<'meetings.list'>[number];

const resolutions: Resolution[] = Array.from({ length: 150 }, (_, n) => ({
  id: n + 1,
  committee: 'Housing Scrutiny',
  meetingDate: '2023-05-01',
  minuteNumber: String(n + 1),
  minuteTitle: `Item ${n + 1}`,
  label: null,
  text: `Resolution number ${n + 1}.`,
  status: 'open',
}));

const meetings: Meeting[] = Array.from({ length: 130 }, (_, n) => ({
  id: n + 1,
  committee: 'Housing Scrutiny',
  date: `${2000 + Math.floor(n / 10)}-0${(n % 9) + 1}-10`,
  time: null,
  location: null,
  status: 'held',
  agendaItemCount: 3,
}));

const page =
  <T,>(rows: T[]) =>
  ({ limit, offset }: { limit?: number; offset?: number }): T[] =>
    rows.slice(offset ?? 0, (offset ?? 0) + (limit ?? rows.length));

describe('long lists a page at a time', () => {
  it('shows the first hundred resolutions, and the rest after "More resolutions"', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({ 'resolutions.list': page(resolutions) });
    await renderApp(transport, '#/resolutions');
    expect(await screen.findByText('Resolution number 100.')).toBeInTheDocument();
    expect(screen.queryByText('Resolution number 101.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'More resolutions' }));
    expect(await screen.findByText('Resolution number 150.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More resolutions' })).not.toBeInTheDocument();
    expect(callsTo(calls, 'resolutions.list')).toEqual([
      { limit: 101 },
      { limit: 101, offset: 100 },
    ]);
  });

  it('shows the first hundred meetings, and older ones after "More meetings"', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({ 'meetings.list': page(meetings) });
    await renderApp(transport, '#/meetings');
    await screen.findByRole('heading', { name: 'Housing Scrutiny' });
    const shown = (): number => document.querySelectorAll('a[href^="#/meetings/"]').length;
    expect(shown()).toBe(100);

    await user.click(screen.getByRole('button', { name: 'More meetings' }));
    await screen.findByText((_, element) => element?.getAttribute('href') === '#/meetings/130');
    expect(shown()).toBe(130);
    expect(screen.queryByRole('button', { name: 'More meetings' })).not.toBeInTheDocument();
    expect(callsTo(calls, 'meetings.list')).toEqual(
      expect.arrayContaining([{ limit: 101 }, { limit: 101, offset: 100 }]),
    );
  });
});
