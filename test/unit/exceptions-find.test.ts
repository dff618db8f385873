// findExceptions as a whole: every rule's output fits the shared schema, newest period first, and a
// quiet series produces no questions at all.
import { findExceptions } from '../../shared/exceptions';
import { indicatorExceptionSchema } from '../../shared/indicator-series';
import { narrativeSource, series, statement, tableSource } from '../support/series-builder';

const troubled = series(
  [
    { value: 18.0, target: { op: '<', value: 18.7 }, rag: 'green', quartile: 2, count: 140 },
    { value: 18.5, target: { op: '<', value: 18.7 }, rag: 'green', quartile: 2, count: 150 },
    { value: 19.2, target: { op: '<', value: 18.7 }, rag: 'amber', quartile: 2, count: 100 },
    {
      value: 20.1,
      valueText: '20.1% (25)',
      count: 25,
      target: { op: '<', value: 18.7 },
      rag: 'red',
      quartile: 3,
      neighbourAverage: 18.0,
      statedTrend: 'Decrease',
      statedChange: 'Positive',
      statements: [
        statement(20.1, { count: 25 }),
        statement(21.4, { source: narrativeSource() }),
        statement(20.1, { count: 52, source: narrativeSource({ page: 6 }) }),
      ],
      restatements: [
        statement(20.6, { source: tableSource({ documentId: 2, meetingDate: '2022-06-07' }) }),
      ],
    },
  ],
  { polarity: 'low', from: '2020-21-Q3' },
);

describe('findExceptions', () => {
  it('finds every kind of question a troubled indicator raises', () => {
    const rules = new Set(findExceptions(troubled, { asOf: '2022-03-31' }).map((e) => e.rule));
    expect([...rules].sort()).toEqual([
      'consecutive-decline',
      'count-percent-mismatch',
      'missed-target',
      'narrative-contradiction',
      'quartile-fell',
      'rag-worsened',
      'restated-value',
      'small-numbers',
      'stale-value',
      'trend-word-contradiction',
      'worse-than-neighbours',
    ]);
  });

  it('returns exceptions that fit the shared schema, each with evidence', () => {
    for (const exception of findExceptions(troubled, { asOf: '2022-03-31' })) {
      expect(indicatorExceptionSchema.parse(exception)).toEqual(exception);
      expect(exception.evidence.length).toBeGreaterThan(0);
      expect(exception.message).toMatch(/\?( These are trial limits.*)?$/);
    }
  });

  it('lists the newest period first, and within a period keeps the rule order', () => {
    const found = findExceptions(troubled);
    const starts = found.map((exception) => exception.periodStart);
    expect(starts).toEqual([...starts].sort().reverse());
    const newest = found.filter((exception) => exception.periodKey === '2021-22-Q2');
    expect(newest[0]?.rule).toBe('missed-target');
    expect(newest.at(-1)?.rule).toBe('small-numbers');
  });

  it('names the indicator on every exception', () => {
    for (const exception of findExceptions(troubled)) {
      expect(exception.indicator).toEqual({ id: 7, name: 'Re-referrals within 12 months' });
    }
  });

  it('finds nothing in a steady indicator within its target', () => {
    const steady = series(
      [11, 13, 11, 13, 11, 13, 11, 13, 11, 13, 11, 13].map((value) => ({
        value,
        target: { op: '<' as const, value: 15 },
        rag: 'green' as const,
        quartile: 1,
        neighbourAverage: 14,
        count: 200,
      })),
      { polarity: 'low', from: '2019-20-Q1' },
    );
    expect(findExceptions(steady, { asOf: '2022-03-31' })).toEqual([]);
  });

  it('finds nothing in a series with no figures at all', () => {
    const empty = series([null, { value: null, valueText: 'N/A' }], { polarity: 'high' });
    expect(findExceptions(empty, { asOf: '2022-03-31' })).toEqual([]);
    expect(findExceptions(series([]))).toEqual([]);
  });
});
