// The Indicators scorecard: indicators grouped by theme with "Other" last, and each row's latest
// judgement in words (direction, RAG, quartile, neighbours), never by colour or arrow alone.
import { screen, within } from '@testing-library/react';
import { fakeTransport, renderApp } from './fake-app';
import { aSummary, householdsInTemporaryAccommodation } from './indicator-fixture';

const cells = (row: HTMLElement): string[] =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');

function scorecardApp() {
  return fakeTransport({
    'indicators.list': () => [
      householdsInTemporaryAccommodation,
      aSummary(),
      aSummary({
        id: 5,
        name: 'Children in need assessments completed within 45 days',
        theme: 'Children’s social care',
        polarity: 'high',
        latest: {
          period: 'Q4 2021/22',
          value: 91.2,
          valueText: '91.2%',
          count: null,
          target: { op: '>=', value: 90 },
          rag: 'green',
          quartile: 2,
          neighbourAverage: 90,
        },
        previous: { period: 'Q3 2021/22', value: 88.4, valueText: '88.4%' },
        direction: 'improved',
        exceptionCount: 1,
      }),
      aSummary({ id: 6, name: 'Adult social care reviews on time', theme: 'Adult social care' }),
    ],
  });
}

describe('the indicators scorecard', () => {
  it('groups indicators under a heading per theme, A to Z, with those without a theme last', async () => {
    await renderApp(scorecardApp().transport, '#/indicators');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Indicators');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Adult social care',
      'Children’s social care',
      'Other',
    ]);
    const socialCare = screen.getByRole('table', { name: 'Children’s social care' });
    expect(within(socialCare).getAllByRole('link', { name: /^(Re-|Children)/ })).toHaveLength(2);
  });

  it('states the latest and previous figures, direction, RAG, quartile and neighbour gap in words', async () => {
    await renderApp(scorecardApp().transport, '#/indicators');
    const table = screen.getByRole('table', { name: 'Children’s social care' });
    const reReferrals = within(table)
      .getByRole('rowheader', { name: 'Re-referrals within 12 months' })
      .closest('tr') as HTMLElement;
    expect(cells(reReferrals)).toEqual([
      '20.1%Q4 2021/22Target below 18.7%',
      '19.6%Q3 2021/22',
      '↓ Worsened',
      'Red',
      '3rd quartile',
      '1.2 points above the neighbour average',
      '2 questions to ask',
    ]);
    const assessments = within(table)
      .getByRole('rowheader', { name: /45 days/ })
      .closest('tr') as HTMLElement;
    expect(cells(assessments).slice(2, 6)).toEqual([
      '↑ Improved',
      'Green',
      '2nd quartile',
      '1.2 points above the neighbour average',
    ]);
  });

  it('marks RAG with a different shape for each status and links exceptions to the indicator page', async () => {
    await renderApp(scorecardApp().transport, '#/indicators');
    const red = screen.getAllByText('Red')[0] as HTMLElement;
    const green = screen.getByText('Green');
    expect(red.querySelector('svg circle')).not.toBeNull();
    expect(green.querySelector('svg rect')).not.toBeNull();
    expect(red.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('link', { name: '1 question to ask' })).toHaveAttribute(
      'href',
      '#/indicators/5/exceptions',
    );
  });

  it('says when an indicator has no judgements instead of leaving blanks', async () => {
    await renderApp(scorecardApp().transport, '#/indicators');
    const other = screen.getByRole('table', { name: 'Other' });
    const [row] = within(other).getAllByRole('row').slice(1);
    expect(cells(row as HTMLElement)).toEqual([
      '412Q4 2021/22',
      '398Q3 2021/22',
      '↕ Changed',
      'Not given',
      '–',
      '–',
      'None',
    ]);
  });
});
