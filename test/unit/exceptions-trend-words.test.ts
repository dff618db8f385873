// trend-word-contradiction: the dashboard's own words ("Increase", "Similar", "Positive") checked
// against the figures for this period and the one before.
import { exceptionsFor, series, tableSource } from '../support/series-builder';

describe('trend-word-contradiction', () => {
  it('flags "Increase" when the figure fell', () => {
    const [found, ...others] = exceptionsFor(
      'trend-word-contradiction',
      series([20.1, { value: 19.3, statedTrend: 'Increase' }], { from: '2021-22-Q3' }),
    );
    expect(others).toEqual([]);
    expect(found?.message).toBe(
      'The dashboard describes Re-referrals within 12 months in Q4 2021/22 as "Increase", but the ' +
        'figure fell from 20.1% in Q3 2021/22 to 19.3%. Which is right?',
    );
    expect(found?.evidence[0]).toEqual({
      label: 'Trend word, Q4 2021/22',
      value: 'Increase',
      source: tableSource(),
    });
  });

  it('flags "Higher (low is good)" when the figure fell, and "Decrease" when it rose', () => {
    const found = exceptionsFor(
      'trend-word-contradiction',
      series([
        20,
        { value: 19, statedTrend: 'Higher (low is good)' },
        { value: 21, statedTrend: 'Decrease' },
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it('accepts a trend word the figures bear out', () => {
    const found = exceptionsFor(
      'trend-word-contradiction',
      series([20, { value: 21, statedTrend: 'Increase' }, { value: 19, statedTrend: 'Lower' }]),
    );
    expect(found).toEqual([]);
  });

  it('does not call an unchanged printed figure a contradiction of "Increase"', () => {
    const tie = series([20.1, { value: 20.1, statedTrend: 'Increase' }]);
    expect(exceptionsFor('trend-word-contradiction', tie)).toEqual([]);
  });

  it('flags "Similar" beside a move of more than one percentage point', () => {
    const moved = series([94.6, { value: 96.0, statedTrend: 'Similar' }]);
    expect(exceptionsFor('trend-word-contradiction', moved)[0]?.message).toContain(
      'as "Similar", but the figure rose from 94.6% in Q1 2020/21 to 96%.',
    );
  });

  it('accepts "Similar" for a move of one percentage point or less', () => {
    const close = series([
      94.6,
      { value: 95.6, statedTrend: 'Similar' },
      { value: 94.9, statedTrend: 'No change' },
    ]);
    expect(exceptionsFor('trend-word-contradiction', close)).toEqual([]);
  });

  it('judges "No change" on counts by a 5% relative move', () => {
    const counts = { unit: 'children', polarity: 'none' as const };
    const small = series([400, { value: 420, statedTrend: 'No change' }], counts);
    expect(exceptionsFor('trend-word-contradiction', small)).toEqual([]);
    const large = series([400, { value: 421, statedTrend: 'No change' }], counts);
    expect(exceptionsFor('trend-word-contradiction', large)).toHaveLength(1);
  });

  it('flags "Positive" when the figure moved the worse way for its polarity', () => {
    const lowIsGood = series([18, { value: 20, statedChange: 'Positive' }], { polarity: 'low' });
    expect(exceptionsFor('trend-word-contradiction', lowIsGood)[0]?.message).toContain(
      'as "Positive", but the figure rose, which is worse (lower is better), from 18%',
    );
    const highIsGood = series([18, { value: 20, statedChange: 'Positive' }], { polarity: 'high' });
    expect(exceptionsFor('trend-word-contradiction', highIsGood)).toEqual([]);
  });

  it('flags "Negative" when the figure improved', () => {
    const improved = series([18, { value: 16, statedChange: 'Negative' }], { polarity: 'low' });
    expect(exceptionsFor('trend-word-contradiction', improved)).toHaveLength(1);
  });

  it('makes no polarity judgement without a polarity or target', () => {
    for (const polarity of ['none', 'unknown'] as const) {
      const unjudged = series([18, { value: 20, statedChange: 'Positive' }], { polarity });
      expect(exceptionsFor('trend-word-contradiction', unjudged)).toEqual([]);
    }
    const targeted = series(
      [18, { value: 20, statedChange: 'Positive', target: { op: '<', value: 19 } }],
      {
        polarity: 'unknown',
      },
    );
    expect(exceptionsFor('trend-word-contradiction', targeted)).toHaveLength(1);
  });

  it('skips a period whose previous figure is missing', () => {
    const gap = series([
      { value: null, valueText: 'N/A' },
      { value: 19, statedTrend: 'Increase' },
    ]);
    expect(exceptionsFor('trend-word-contradiction', gap)).toEqual([]);
  });

  it('ignores trend words it does not know', () => {
    const odd = series([20, { value: 19, statedTrend: 'See narrative', statedChange: '-' }]);
    expect(exceptionsFor('trend-word-contradiction', odd)).toEqual([]);
  });
});
