// stale-value and small-numbers: an old figure still on the dashboard, and a figure resting on so
// few cases that its movements mean little.
import { monthsBefore } from '../../shared/exceptions/stale-value';
import { exceptionsFor, series } from '../support/series-builder';

describe('stale-value', () => {
  it('flags a newest figure whose quarter ended more than a quarter before the report', () => {
    // Q2 2021/22 ended 30 September 2021; the report covers the quarter to 31 March 2022.
    const found = exceptionsFor('stale-value', series([19.3], { from: '2021-22-Q2' }), {
      asOf: '2022-03-31',
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'The latest figure for Re-referrals within 12 months is for Q2 2021/22, which ended on ' +
        '30 September 2021, more than a quarter before 31 March 2022. When will an up-to-date ' +
        'figure be reported?',
    );
  });

  it('accepts a figure one quarter in arrears', () => {
    const found = exceptionsFor('stale-value', series([19.3], { from: '2021-22-Q3' }), {
      asOf: '2022-03-31',
    });
    expect(found).toEqual([]);
  });

  it('accepts a figure for the report quarter itself', () => {
    const found = exceptionsFor('stale-value', series([19.3], { from: '2021-22-Q4' }), {
      asOf: '2022-03-31',
    });
    expect(found).toEqual([]);
  });

  it('looks at the newest period that has a figure, not a newer "N/A"', () => {
    const notAvailable = series([19.3, { value: null, valueText: 'Not available this quarter' }], {
      from: '2021-22-Q3',
    });
    const found = exceptionsFor('stale-value', notAvailable, { asOf: '2022-06-30' });
    expect(found.map((exception) => exception.period)).toEqual(['Q3 2021/22']);
  });

  it('stays quiet when no report date is given', () => {
    expect(exceptionsFor('stale-value', series([19.3], { from: '2019-20-Q1' }))).toEqual([]);
  });

  it('steps back whole months, keeping to the end of shorter months', () => {
    expect(monthsBefore('2022-03-31', 3)).toBe('2021-12-31');
    expect(monthsBefore('2021-12-31', 3)).toBe('2021-09-30');
    expect(monthsBefore('2022-02-15', 3)).toBe('2021-11-15');
    expect(monthsBefore('31/03/2022', 3)).toBeNull();
  });
});

describe('small-numbers', () => {
  it('asks how much weight to put on a change resting on 12 children', () => {
    const found = exceptionsFor(
      'small-numbers',
      series([{ value: 10 }, { value: 12, count: 12 }], { unit: 'children', polarity: 'none' }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(
      'Re-referrals within 12 months (12 children in Q2 2020/21) is based on 12 children; small ' +
        'numbers swing widely — how much weight should the committee put on the change?',
    );
  });

  it('calls a count of unknown units "a count of" and a lone figure "this figure"', () => {
    const found = exceptionsFor('small-numbers', series([{ value: 25, count: 3 }]));
    expect(found[0]?.message).toBe(
      'Re-referrals within 12 months (25% in Q1 2020/21) is based on a count of 3; small numbers ' +
        'swing widely — how much weight should the committee put on this figure?',
    );
  });

  it('does not flag a count of 30 or more', () => {
    expect(exceptionsFor('small-numbers', series([{ value: 25, count: 30 }]))).toEqual([]);
  });

  it('does not flag a figure with no count', () => {
    expect(exceptionsFor('small-numbers', series([{ value: 25, count: null }]))).toEqual([]);
  });

  it('judges only the newest figure', () => {
    const grown = series([
      { value: 25, count: 4 },
      { value: 26, count: 240 },
    ]);
    expect(exceptionsFor('small-numbers', grown)).toEqual([]);
  });

  it('follows the configured threshold', () => {
    const fifty = series([{ value: 25, count: 45 }]);
    expect(exceptionsFor('small-numbers', fifty, { smallCount: 50 })).toHaveLength(1);
  });
});
