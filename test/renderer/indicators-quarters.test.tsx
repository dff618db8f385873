// An indicator printed monthly by one report and quarterly by another: the quarter-on-quarter view
// takes the quarter's last month where only months were printed, and says so.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IndicatorSeries, SeriesPoint } from '../../shared/indicator-series';
import { fakeTransport, renderApp } from './fake-app';
import { aSeries, aSummary } from './indicator-fixture';

function at(
  periodKey: string,
  period: string,
  start: string,
  end: string,
  value: number,
): SeriesPoint {
  const [first] = aSeries().points;
  return {
    ...first!,
    periodKey,
    period,
    start,
    end,
    value,
    valueText: `${value}%`,
    restatements: [],
  };
}

function mixedSeries(): IndicatorSeries {
  return {
    ...aSeries(),
    points: [
      at('2023-24-Q1', 'Q1 2023/24', '2023-04-01', '2023-06-30', 20.4),
      at('2023-07', 'Jul 2023', '2023-07-01', '2023-07-31', 23.6),
      at('2023-08', 'Aug 2023', '2023-08-01', '2023-08-31', 24.1),
      at('2023-09', 'Sep 2023', '2023-09-01', '2023-09-30', 22.3),
    ],
  };
}

const app = (series: IndicatorSeries) =>
  fakeTransport({
    'indicators.list': () => [aSummary()],
    'indicators.series': () => series,
  }).transport;

describe('quarter on quarter', () => {
  it('uses the quarter’s last month where only months were printed, and says so', async () => {
    const user = userEvent.setup();
    await renderApp(app(mixedSeries()), '#/indicators/3');
    await user.click(screen.getByRole('button', { name: 'Quarter on quarter' }));
    const table = screen.getByRole('table', {
      name: 'Re-referrals within 12 months: quarter on quarter',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Q1 2023\/24.*20\.4%.*printed for the quarter/),
      expect.stringMatching(/^Q2 2023\/24.*22\.3%.*Sep 2023, the quarter’s last month/),
    ]);
    expect(screen.getByText(/each quarter shows its last month’s figure/)).toBeInTheDocument();
  });

  it('is not offered for a series printed only by quarter', async () => {
    await renderApp(app(aSeries()), '#/indicators/3');
    expect(screen.queryByRole('button', { name: 'Quarter on quarter' })).not.toBeInTheDocument();
  });
});
