// What each section shows from the store: a helpful empty state when there is nothing yet, the
// data laid out for reading when there is, and a readable alert when loading fails.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Result } from '../../shared/contract';
import { callsTo, fakeTransport, renderApp } from './fake-app';
import { aSummary, householdsInTemporaryAccommodation } from './indicator-fixture';

type Meeting = Result<'meetings.list'>[number];

const meeting = (id: number, committee: string, date: string): Meeting => ({
  id,
  committee,
  date,
  time: '10:00',
  location: 'Council Chamber, County Hall',
  status: date > '2500-01-01' ? 'scheduled' : 'held',
  agendaItemCount: 7,
});

describe('empty sections', () => {
  it.each([
    ['#/meetings', 'No meetings yet', /import an agenda pack/],
    ['#/indicators', 'No indicators yet', /performance report or dashboard/],
    ['#/questions', 'No questions yet', /Questions you add above/],
    ['#/resolutions', 'No resolutions yet', /once minutes are imported/],
  ])('at %s says "%s" and how things will arrive', async (hash, title, explanation) => {
    await renderApp(fakeTransport().transport, hash);
    const emptyState = screen.getByRole('region', { name: title });
    expect(within(emptyState).getByText(explanation)).toBeInTheDocument();
  });

  it('offers the sample briefing beside importing on the meetings page', async () => {
    await renderApp(fakeTransport().transport, '#/meetings');
    const emptyState = screen.getByRole('region', { name: 'No meetings yet' });
    expect(within(emptyState).getByText(/Use Import agenda pack/)).toBeInTheDocument();
    expect(
      within(emptyState).getByRole('button', { name: 'Try the sample briefing' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import agenda pack' })).toBeInTheDocument();
  });

  it('says when a search finds nothing', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport, '#/search');
    await user.type(screen.getByLabelText('Words to search for'), 'fly-tipping{Enter}');
    expect(await screen.findByText('No results for ‘fly-tipping’')).toBeInTheDocument();
  });
});

describe('the meetings page', () => {
  it('groups meetings by committee with upcoming ones before past ones', async () => {
    const { transport } = fakeTransport({
      'meetings.list': () => [
        meeting(1, 'Health Scrutiny Committee', '2024-03-05'),
        meeting(2, 'Children and Young People Scrutiny', '2999-06-01'),
        meeting(3, 'Health Scrutiny Committee', '2999-01-14'),
        meeting(4, 'Health Scrutiny Committee', '2024-11-19'),
      ],
    });
    await renderApp(transport, '#/meetings');
    const committees = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(committees).toEqual(['Children and Young People Scrutiny', 'Health Scrutiny Committee']);

    const health = screen.getByRole('heading', { level: 2, name: 'Health Scrutiny Committee' })
      .parentElement as HTMLElement;
    const order = within(health)
      .getAllByText(/^(Upcoming|Past|\w+day \d+ \w+ \d{4})/)
      .map((element) => element.textContent);
    expect(order).toEqual([
      'Upcoming',
      'Monday 14 January 2999, 10:00',
      'Past',
      'Tuesday 19 November 2024, 10:00',
      'Tuesday 5 March 2024, 10:00',
    ]);
    expect(
      within(health).getAllByText(/Council Chamber, County Hall · Held · 7 agenda items/),
    ).toHaveLength(2);
  });

  it('links each meeting to its page and says when it is known from minutes only', async () => {
    const user = userEvent.setup();
    const { transport } = fakeTransport({
      'meetings.list': () => [
        { ...meeting(5, 'Health Scrutiny Committee', '2024-03-05'), status: 'minutes-only' },
      ],
      'meetings.get': () => {
        throw new Error('There is no meeting 5. It may have been removed.');
      },
    });
    await renderApp(transport, '#/meetings');
    expect(screen.getByText(/Minutes only/)).toHaveTextContent(
      'Council Chamber, County Hall · Minutes only · 7 agenda items',
    );
    await user.click(screen.getByRole('link', { name: 'Tuesday 5 March 2024, 10:00' }));
    expect(window.location.hash).toBe('#/meetings/5');
    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting' })).toHaveFocus();
  });
});

describe('the indicators page', () => {
  it('lists each indicator under its theme, linked to its page', async () => {
    const { transport } = fakeTransport({
      'indicators.list': () => [aSummary(), householdsInTemporaryAccommodation],
    });
    await renderApp(transport, '#/indicators');
    const socialCare = screen.getByRole('table', { name: 'Children’s social care' });
    expect(
      within(socialCare).getByRole('link', { name: 'Re-referrals within 12 months' }),
    ).toHaveAttribute('href', '#/indicators/3');
    const other = screen.getByRole('table', { name: 'Other' });
    expect(within(other).getByRole('rowheader')).toHaveTextContent(
      'Households in temporary accommodation',
    );
  });
});

describe('the resolutions page', () => {
  it('shows each resolution with its committee, meeting, minute, label and status', async () => {
    const { transport } = fakeTransport({
      'resolutions.list': () => [
        {
          id: 9,
          committee: 'Health Scrutiny Committee',
          meetingDate: '2024-11-19',
          minuteNumber: '42',
          minuteTitle: 'Winter pressures',
          label: '(b)',
          text: 'That a further report on delayed discharges be brought to the March meeting.',
          status: 'in-progress',
        },
      ],
    });
    await renderApp(transport, '#/resolutions');
    const [, row] = screen.getAllByRole('row');
    expect(
      within(row as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Health Scrutiny Committee',
      '19 November 2024',
      '42 Winter pressures',
      '(b)',
      'That a further report on delayed discharges be brought to the March meeting.',
      'In progress',
    ]);
  });
});

describe('when loading fails', () => {
  it('shows the reason in an alert and loads again on request', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const { transport, calls } = fakeTransport({
      'meetings.list': () => {
        attempts += 1;
        if (attempts === 1) throw new Error('The store is locked by another program.');
        return [];
      },
    });
    await renderApp(transport, '#/meetings');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your meetings could not be loaded. The store is locked by another program.',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No meetings yet')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(callsTo(calls, 'meetings.list')).toHaveLength(2);
  });
});
