// count-percent-mismatch: a percentage and its count moving apart by more than 10% each, or two
// statements of one period giving different counts. Conservative on purpose: denominators change.
import { exceptionsFor, narrativeSource, series, statement } from '../support/series-builder';

describe('count-percent-mismatch', () => {
  it('flags a count that rose while the percentage fell, both by more than 10%', () => {
    const found = exceptionsFor(
      'count-percent-mismatch',
      series([
        { value: 30.0, valueText: '30.0% (120)', count: 120 },
        { value: 25.0, valueText: '25.0% (150)', count: 150 },
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'Between Q1 2020/21 and Q2 2020/21 the count behind Re-referrals within 12 months rose by ' +
        '25% (120 to 150) while the percentage fell (30.0% to 25.0%). Has what the measure is ' +
        'counted over changed, or is one of the figures wrong?',
    );
    expect(found[0]?.evidence.map((item) => item.value)).toEqual(['30.0%', '120', '25.0%', '150']);
  });

  it('does not flag a count and percentage moving the same way', () => {
    const together = series([
      { value: 25, count: 100 },
      { value: 30, count: 150 },
    ]);
    expect(exceptionsFor('count-percent-mismatch', together)).toEqual([]);
  });

  it('does not flag opposite moves of 10% or less in either figure', () => {
    const smallPercentMove = series([
      { value: 30, count: 120 },
      { value: 27.5, count: 150 },
    ]);
    expect(exceptionsFor('count-percent-mismatch', smallPercentMove)).toEqual([]);
    const smallCountMove = series([
      { value: 30, count: 120 },
      { value: 20, count: 132 },
    ]);
    expect(exceptionsFor('count-percent-mismatch', smallCountMove)).toEqual([]);
  });

  it('needs a count on both periods', () => {
    const noCount = series([
      { value: 30, count: null },
      { value: 20, count: 150 },
    ]);
    expect(exceptionsFor('count-percent-mismatch', noCount)).toEqual([]);
  });

  it('only compares percentages with their counts', () => {
    const days = series(
      [
        { value: 30, count: 120 },
        { value: 20, count: 150 },
      ],
      { unit: 'days' },
    );
    expect(exceptionsFor('count-percent-mismatch', days)).toEqual([]);
  });

  it('recognises a percentage from its printed text when the unit is missing', () => {
    const printed = series(
      [
        { value: 30, valueText: '30% (120)', count: 120 },
        { value: 20, valueText: '20% (150)', count: 150 },
      ],
      { unit: null },
    );
    expect(exceptionsFor('count-percent-mismatch', printed)).toHaveLength(1);
  });

  it('flags text and table giving different counts for the same figure', () => {
    const found = exceptionsFor(
      'count-percent-mismatch',
      series([
        {
          value: 94.6,
          count: 1016,
          statements: [
            statement(94.6, { count: 1016 }),
            statement(94.6, { count: 1061, source: narrativeSource() }),
          ],
        },
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'The count behind Re-referrals within 12 months for Q1 2020/21 is given as 1,016 in ' +
        'Performance dashboard.pdf (page 12) and as 1,061 in Performance dashboard.pdf (page 4). ' +
        'Which count is right?',
    );
  });

  it('leaves a restated figure and count to restated-value', () => {
    const restated = series([
      {
        value: 94.6,
        count: 1016,
        statements: [statement(94.6, { count: 1016 }), statement(93.1, { count: 1000 })],
      },
    ]);
    expect(exceptionsFor('count-percent-mismatch', restated)).toEqual([]);
  });
});
