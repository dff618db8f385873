// The sentence that stands in for an indicator's chart: it must stay true when periods lack a
// figure, when the target is met only sometimes, and for measures that are not quarterly.
import { describeSeries } from '../../renderer/indicators/describe-series';
import { aSeries } from './indicator-fixture';

describe('the chart’s text alternative', () => {
  it('counts the quarters a target was met and says how many had no figure', () => {
    const series = aSeries();
    const [first, second, third] = series.points;
    if (!first || !second || !third) throw new Error('The fixture has four points.');
    first.value = 18.2;
    third.value = null;
    expect(describeSeries(series)).toBe(
      'Re-referrals within 12 months, 4 quarters from Q1 2021/22 to Q4 2021/22: from 18.2% to ' +
        '20.1%, highest 20.1% in Q4 2021/22, lowest 18.2% in Q1 2021/22, no figure for 1 quarter; ' +
        'target below 18.7% met in 1 of 3 quarters.',
    );
  });

  it('speaks of periods, not quarters, for monthly figures without a target', () => {
    const series = aSeries();
    series.points = series.points.slice(0, 2).map((point, index) => ({
      ...point,
      periodKey: `2022-0${index + 1}`,
      period: index === 0 ? 'Jan 2021/22' : 'Feb 2021/22',
      target: null,
    }));
    expect(describeSeries(series)).toBe(
      'Re-referrals within 12 months, 2 periods from Jan 2021/22 to Feb 2021/22: from 19.7% to ' +
        '19.3%, highest 19.7% in Jan 2021/22, lowest 19.3% in Feb 2021/22.',
    );
  });
});
