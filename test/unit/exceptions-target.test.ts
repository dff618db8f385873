// missed-target: a figure on the wrong side of the target printed beside it (">97.2%", "<20.8%",
// "= 90"), with the direction taken from the target's operator, not the polarity.
import { exceptionsFor, series, tableSource } from '../support/series-builder';

const below = (value: number) => ({ op: '<' as const, value });
const above = (value: number) => ({ op: '>' as const, value });

describe('missed-target', () => {
  it('asks what is being done when a figure slips outside a "below" target', () => {
    const reReferrals = series(
      [
        { value: 18.0, target: below(18.7) },
        { value: 20.1, valueText: '20.1%', target: below(18.7) },
      ],
      { polarity: 'low', from: '2021-22-Q3' },
    );
    const [missed, ...others] = exceptionsFor('missed-target', reReferrals);
    expect(others).toEqual([]);
    expect(missed?.message).toBe(
      'Re-referrals within 12 months was 20.1% in Q4 2021/22 against a target of below 18.7%. ' +
        'What is being done to bring it back within target?',
    );
    expect(missed).toMatchObject({
      period: 'Q4 2021/22',
      periodKey: '2021-22-Q4',
      periodStart: '2022-01-01',
    });
    expect(missed?.evidence).toEqual([
      { label: 'Q4 2021/22', value: '20.1%', source: tableSource() },
      { label: 'Target', value: 'below 18.7%', source: tableSource() },
    ]);
  });

  it('flags every period that missed, and does not say "back" when it was never within target', () => {
    const found = exceptionsFor(
      'missed-target',
      series([
        { value: 90, target: above(97.2) },
        { value: 91, target: above(97.2) },
      ]),
    );
    expect(found.map((exception) => exception.period)).toEqual(['Q2 2020/21', 'Q1 2020/21']);
    expect(found[0]?.message).toContain('What is being done to bring it within target?');
  });

  it('does not flag a figure exactly on its target', () => {
    expect(exceptionsFor('missed-target', series([{ value: 97.2, target: above(97.2) }]))).toEqual(
      [],
    );
    expect(exceptionsFor('missed-target', series([{ value: 18.7, target: below(18.7) }]))).toEqual(
      [],
    );
  });

  it('does not flag a figure on the right side of its target', () => {
    expect(exceptionsFor('missed-target', series([{ value: 98, target: above(97.2) }]))).toEqual(
      [],
    );
    expect(
      exceptionsFor('missed-target', series([{ value: 18.6, target: { op: '<=', value: 18.7 } }])),
    ).toEqual([]);
  });

  it('takes the direction from the target when the polarity is unknown', () => {
    const unknown = series([{ value: 20.1, target: below(18.7) }], { polarity: 'unknown' });
    expect(exceptionsFor('missed-target', unknown)).toHaveLength(1);
    const none = series([{ value: 96, target: { op: '>=', value: 97 } }], { polarity: 'none' });
    expect(exceptionsFor('missed-target', none)[0]?.message).toContain('target of at least 97%');
  });

  it('ignores periods with no figure ("N/A") or no target', () => {
    const gaps = series([
      { value: null, valueText: 'N/A', target: above(97.2) },
      { value: 80, target: null },
    ]);
    expect(exceptionsFor('missed-target', gaps)).toEqual([]);
  });

  it('misses an "=" target only on the worse side when the polarity says which side that is', () => {
    const target = { op: '=' as const, value: 90 };
    const higherIsBetter = series(
      [
        { value: 92, target },
        { value: 88, target },
      ],
      { polarity: 'high' },
    );
    expect(exceptionsFor('missed-target', higherIsBetter).map((e) => e.period)).toEqual([
      'Q2 2020/21',
    ]);
    const lowerIsBetter = series(
      [
        { value: 92, target },
        { value: 88, target },
      ],
      { polarity: 'low' },
    );
    expect(exceptionsFor('missed-target', lowerIsBetter).map((e) => e.period)).toEqual([
      'Q1 2020/21',
    ]);
  });

  it('misses an "=" target on either side when there is no polarity', () => {
    const target = { op: '=' as const, value: 90 };
    const found = exceptionsFor(
      'missed-target',
      series(
        [
          { value: 92, target },
          { value: 90, target },
          { value: 88, target },
        ],
        {
          polarity: 'none',
          unit: null,
        },
      ),
    );
    expect(found.map((exception) => exception.period)).toEqual(['Q3 2020/21', 'Q1 2020/21']);
    expect(found[0]?.message).toContain('was 88 in Q3 2020/21 against a target of 90.');
  });
});
