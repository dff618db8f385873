// How Scrutineer reads cumulative and spanning periods: year-to-date figures from April, rolling
// twelve months, and spans of months that turn out to be a quarter, a half or a whole year.
import { parsePeriod, type Period, type PeriodContext } from '../../shared/periods';

function keyOf(label: string, context?: PeriodContext): string | null {
  return parsePeriod(label, context)?.key ?? null;
}

function span(
  label: string,
  context?: PeriodContext,
): Pick<Period, 'kind' | 'start' | 'end'> | null {
  const period = parsePeriod(label, context);
  return period ? { kind: period.kind, start: period.start, end: period.end } : null;
}

function expectKeys(cases: [string, string | null][], context?: PeriodContext): void {
  for (const [label, key] of cases) expect([label, keyOf(label, context)]).toEqual([label, key]);
}

describe('year to date', () => {
  it('reads a year-to-date quarter from April to the end of that quarter', () => {
    expectKeys([
      ['YTD Q3 2038/39', '2038-39-YTD-Q3'],
      ['Q3 2038/39 YTD', '2038-39-YTD-Q3'],
      ['Q3 2038/39 (YTD)', '2038-39-YTD-Q3'],
      ['year to date Q3 2038/39', '2038-39-YTD-Q3'],
      ['Q3 2038/39 (year to date)', '2038-39-YTD-Q3'],
    ]);
    expect(span('YTD Q3 2038/39')).toEqual({
      kind: 'year-to-date',
      start: '2038-04-01',
      end: '2038-12-31',
    });
  });

  it('reads a span from April as the year to date, naming months past a quarter end with +n', () => {
    expectKeys([
      ['Apr–Dec 2038 (YTD)', '2038-39-YTD-Q3'],
      ['April to December 2038', '2038-39-YTD-Q3'],
      ['Apr 2038 - Jan 2039', '2038-39-YTD-Q3+1'],
      ['Apr-Nov 2038 YTD', '2038-39-YTD-Q2+2'],
      ['YTD Nov 2038', '2038-39-YTD-Q2+2'],
      ['YTD to 31 December 2038', '2038-39-YTD-Q3'],
    ]);
  });

  it('reads "YTD" before a month as the financial year to the end of that month', () => {
    expect(span('YTD Feb 2039')).toEqual({
      kind: 'year-to-date',
      start: '2038-04-01',
      end: '2039-02-28',
    });
  });

  it('reads a year pair marked YTD as the year to the report month, or the same point in an earlier year', () => {
    const context = { reportPeriod: parsePeriod('Q3 2038/39') };
    expect(keyOf('2038/39 YTD', context)).toBe('2038-39-YTD-Q3');
    expect(keyOf('YTD 2037/38', context)).toBe('2037-38-YTD-Q3');
    expect(keyOf('2039/40 YTD', context)).toBeNull();
    expect(keyOf('2038/39 YTD', { meetingDate: '2039-02-10' })).toBe('2038-39-YTD-Q3');
    expect(keyOf('2038/39 YTD')).toBeNull();
  });

  it('reads a value under a YTD frequency column as year to date', () => {
    expect(keyOf('Sep 2038', { frequency: 'YTD' })).toBe('2038-39-YTD-Q2');
    expect(keyOf('Q4 2037/38', { frequency: 'YTD' })).toBe('2037-38-YTD-Q4');
    expect(keyOf('Autumn term 2038', { frequency: 'YTD' })).toBe('2038-T3-Autumn');
  });

  it('refuses YTD on a period that cannot run from April', () => {
    expectKeys([
      ['Autumn term 2038 YTD', null],
      ['H2 2038/39 YTD', null],
    ]);
  });
});

describe('rolling twelve months', () => {
  it('reads "year to" and "12 months to" a month as the twelve months ending then', () => {
    expectKeys([
      ['rolling 12 months to Jun 2038', 'R12-2038-06'],
      ['12 months to June 2038', 'R12-2038-06'],
      ['12 months ending Jun 2038', 'R12-2038-06'],
      ['year to Jun 2038', 'R12-2038-06'],
      ['Year ending 30 June 2038', 'R12-2038-06'],
      ['Jun 2038 (rolling 12 months)', 'R12-2038-06'],
      ['year to Q1 2038/39', 'R12-2038-06'],
      ['Jul 2037 – Jun 2038', 'R12-2038-06'],
    ]);
    expect(span('year to Jun 2038')).toEqual({
      kind: 'rolling-12-months',
      start: '2037-07-01',
      end: '2038-06-30',
    });
  });

  it('reads a month under a rolling frequency column as the twelve months to that month', () => {
    expect(keyOf('Jun 2038', { frequency: 'Rolling 12 months' })).toBe('R12-2038-06');
  });

  it('refuses a "year ending" date that is not the end of a month', () => {
    expect(keyOf('year ending 15 June 2038')).toBeNull();
  });
});

describe('spans of months', () => {
  it('names a span by what it is: quarter, half, or whole year', () => {
    expectKeys([
      ['October to December 2038', '2038-39-Q3'],
      ['January-March 2039', '2038-39-Q4'],
      ['Oct 2038 – Mar 2039', '2038-39-H2'],
      ['April 2038 to March 2039', 'FY2038-39'],
      ['January to December 2038', 'CY2038'],
      ['September 2038 to August 2039', 'AY2038-39'],
    ]);
  });

  it('refuses spans that are no reporting period', () => {
    expectKeys([
      ['May to July 2038', null],
      ['Jan 2037 - Jun 2038', null],
    ]);
  });
});
