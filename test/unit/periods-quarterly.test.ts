// Monthly and quarterly figures in one series: quarter on quarter, each quarter takes its printed
// figure, or where only months were printed, its last month's figure, and says which month.
import { quarterOnQuarter } from '../../shared/periods';
import { monthPeriod, quarterPeriod } from '../../shared/periods/build';

const point = (period: ReturnType<typeof monthPeriod>, value: number | null) => ({
  periodKey: period.key,
  period: period.label,
  start: period.start,
  end: period.end,
  value,
});

describe('a quarter-on-quarter view of a series', () => {
  it('takes each quarter’s last month where only months are printed, and names the month', () => {
    const points = [4, 5, 6, 7, 8, 9].map((month, index) =>
      point(monthPeriod({ year: 2023, month }), 19 + index),
    );
    expect(quarterOnQuarter(points)).toEqual([
      { quarterKey: '2023-24-Q1', quarter: 'Q1 2023/24', value: 21, fromMonth: 'Jun 2023' },
      { quarterKey: '2023-24-Q2', quarter: 'Q2 2023/24', value: 24, fromMonth: 'Sep 2023' },
    ]);
  });

  it('prefers a printed quarter to its months, and orders months and quarters on one time axis', () => {
    const points = [
      point(quarterPeriod(2023, 1), 20.4),
      point(monthPeriod({ year: 2023, month: 6 }), 20.9),
      point(monthPeriod({ year: 2023, month: 9 }), 22.3),
      point(quarterPeriod(2022, 4), 18.8),
    ];
    expect(
      quarterOnQuarter(points).map((figure) => [figure.quarter, figure.value, figure.fromMonth]),
    ).toEqual([
      ['Q4 2022/23', 18.8, null],
      ['Q1 2023/24', 20.4, null],
      ['Q2 2023/24', 22.3, 'Sep 2023'],
    ]);
  });

  it('does not let a quarter’s first or middle month stand for the quarter', () => {
    const points = [
      point(monthPeriod({ year: 2023, month: 7 }), 5),
      point(monthPeriod({ year: 2023, month: 8 }), 6),
    ];
    expect(quarterOnQuarter(points)).toEqual([]);
  });
});
