// Exceptions read as questions: on an indicator's page and on the meeting whose papers carry the
// figures, each with its evidence and a button that keeps it as one of the member's questions.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Result } from '../../shared/contract';
import { callsTo, fakeTransport, renderApp } from './fake-app';
import { aSeries, aSummary, anException } from './indicator-fixture';
import { aMeetingDetail } from './meeting-fixture';

type Meeting = Result<'meetings.list'>[number];

const meeting = (id: number, date: string): Meeting => ({
  id,
  committee: 'Children and Young People Scrutiny Committee',
  date,
  time: '10:00',
  location: 'Shire Hall',
  status: date > '2500-01-01' ? 'scheduled' : 'held',
  agendaItemCount: 6,
});

describe('questions to ask about an indicator', () => {
  it('lists each exception with its period and evidence, and keeps it for the next meeting', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({
      'indicators.list': () => [aSummary()],
      'indicators.series': () => aSeries(),
      'indicators.exceptions': () => [anException()],
      'meetings.list': () => [
        meeting(1, '2022-07-12'),
        meeting(9, '2999-03-02'),
        meeting(4, '2999-01-12'),
      ],
    });
    await renderApp(transport, '#/indicators/3');
    const section = screen.getByRole('region', { name: 'Questions to ask' });
    const [item] = within(section).getAllByRole('listitem');
    expect(item).toHaveTextContent(
      /has missed its target of below 18.7% for four quarters running/,
    );
    expect(item).toHaveTextContent('Period: Q4 2021/22');
    const evidence = within(item as HTMLElement)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(evidence).toEqual([
      ['Q4 2021/22', '20.1% Source: page 18'],
      ['Target', '<18.7% '],
    ]);
    expect(
      within(item as HTMLElement).getByRole('button', { name: 'Source: page 18' }),
    ).toBeInTheDocument();

    await user.click(
      within(item as HTMLElement).getByRole('button', { name: 'Add to my questions' }),
    );

    expect(callsTo(calls, 'questions.create')).toEqual([
      { text: anException().message, indicatorId: 3, meetingId: 4 },
    ]);
    const added = within(item as HTMLElement).getByRole('button', {
      name: 'Added to your questions',
    });
    expect(added).toHaveAttribute('aria-disabled', 'true');
    await user.click(added);
    expect(callsTo(calls, 'questions.create')).toHaveLength(1);
    expect(
      within(item as HTMLElement).getByRole('link', { name: 'Go to your questions' }),
    ).toHaveAttribute('href', '#/questions');
  });

  it('keeps a question without a meeting when none is coming up', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({
      'indicators.list': () => [aSummary()],
      'indicators.series': () => aSeries(),
      'indicators.exceptions': () => [anException()],
      'meetings.list': () => [meeting(1, '2022-07-12')],
    });
    await renderApp(transport, '#/indicators/3');
    await user.click(screen.getByRole('button', { name: 'Add to my questions' }));
    expect(callsTo(calls, 'questions.create')).toEqual([
      { text: anException().message, indicatorId: 3, meetingId: null },
    ]);
  });

  it('says when the indicator’s run raises nothing', async () => {
    const { transport, calls } = fakeTransport({
      'indicators.list': () => [aSummary({ exceptionCount: 0 })],
      'indicators.series': () => aSeries(),
    });
    await renderApp(transport, '#/indicators/3');
    expect(screen.getByRole('region', { name: 'Questions to ask' })).toHaveTextContent(
      'Nothing in this indicator’s run stands out',
    );
    expect(callsTo(calls, 'indicators.exceptions')).toEqual([{ indicatorId: 3 }]);
  });
});

describe('performance questions on a meeting page', () => {
  it('lists the meeting’s exceptions linked to their indicators, kept for this meeting', async () => {
    const user = userEvent.setup();
    const { transport, calls } = fakeTransport({
      'meetings.get': () => aMeetingDetail(),
      'indicators.exceptions': ({ meetingId }) => (meetingId === 7 ? [anException()] : []),
    });
    await renderApp(transport, '#/meetings/7');
    const section = await screen.findByRole('region', {
      name: 'Performance questions for this meeting',
    });
    expect(
      within(section).getByRole('link', { name: 'Re-referrals within 12 months' }),
    ).toHaveAttribute('href', '#/indicators/3');
    await user.click(within(section).getByRole('button', { name: 'Add to my questions' }));
    expect(callsTo(calls, 'questions.create')).toEqual([
      { text: anException().message, indicatorId: 3, meetingId: 7 },
    ]);
  });

  it('leaves the section out when the meeting’s figures raise nothing', async () => {
    const { transport } = fakeTransport({ 'meetings.get': () => aMeetingDetail() });
    await renderApp(transport, '#/meetings/7');
    expect(await screen.findByRole('region', { name: 'Agenda' })).toBeInTheDocument();
    expect(screen.queryByText('Performance questions for this meeting')).not.toBeInTheDocument();
  });
});
