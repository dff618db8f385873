// How Scrutineer reads the periods councils print beside a value: months, financial, calendar and
// academic years, school terms and censuses, and half years; and the text it refuses.
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

describe('months', () => {
  it('reads a month printed inside a financial year, January to March falling in the later year', () => {
    expectKeys([
      ['Nov 2038/39', '2038-11'],
      ['Apr 2038/39', '2038-04'],
      ['Feb 2038/39', '2039-02'],
      ['Mar 38/39', '2039-03'],
      ['Sept 2038-39', '2038-09'],
    ]);
  });

  it('reads plain months, short, long and spreadsheet-style', () => {
    expectKeys([
      ['Oct 2038', '2038-10'],
      ['October 2038', '2038-10'],
      ['OCTOBER 2038', '2038-10'],
      ['Sept. 2038', '2038-09'],
      ['Oct-2038', '2038-10'],
      ['Oct-38', '2038-10'],
      ["Oct '38", '2038-10'],
    ]);
    expect(span('Feb 2040')).toEqual({ kind: 'month', start: '2040-02-01', end: '2040-02-29' });
  });

  it('treats a date such as "7 June 2022" as a day, not a period of any kind', () => {
    expectKeys([
      ['14 October 2038', null],
      ['3rd March 2039', null],
      ['Tuesday, 14 October 2038', null],
    ]);
  });

  it('does not read a month word without a year', () => {
    expectKeys([
      ['October', null],
      ['May', null],
    ]);
  });
});

describe('years', () => {
  it('reads a year pair as the financial year, April to March', () => {
    expectKeys([
      ['2038/39', 'FY2038-39'],
      ['2038-39', 'FY2038-39'],
      ['2038/2039', 'FY2038-39'],
      ['FY 2038/39', 'FY2038-39'],
      ['FY38/39', 'FY2038-39'],
      ['financial year 2038-39', 'FY2038-39'],
      ['2038/39 financial year', 'FY2038-39'],
    ]);
    expect(span('2038/39')).toEqual({
      kind: 'financial-year',
      start: '2038-04-01',
      end: '2039-03-31',
    });
  });

  it('refuses year pairs that do not follow on, and two-digit pairs with nothing to say they are years', () => {
    expectKeys([
      ['2038/40', null],
      ['2038/37', null],
      ['38/39', null],
      ['12/05/2038', null],
    ]);
  });

  it('reads a four-digit year on its own, or marked as calendar, as the calendar year', () => {
    expectKeys([
      ['2038', 'CY2038'],
      ['CY 2038', 'CY2038'],
      ['CY2038', 'CY2038'],
      ['calendar year 2038', 'CY2038'],
    ]);
    expect(span('2038')).toEqual({ kind: 'calendar-year', start: '2038-01-01', end: '2038-12-31' });
  });

  it('reads academic years from September to August when they say so', () => {
    expectKeys([
      ['2036/37 academic year', 'AY2036-37'],
      ['AY 2036/37', 'AY2036-37'],
      ['AY2036-37', 'AY2036-37'],
      ['academic year 2036-37', 'AY2036-37'],
      ['Academic Year 2036/2037', 'AY2036-37'],
    ]);
    expect(span('AY 2036/37')).toEqual({
      kind: 'academic-year',
      start: '2036-09-01',
      end: '2037-08-31',
    });
  });

  it('reads a bare year pair as academic only when the dashboard frequency says academic', () => {
    expect(keyOf('2036/37', { frequency: 'Academic year' })).toBe('AY2036-37');
    expect(keyOf('2036/37', { frequency: 'Annual' })).toBe('FY2036-37');
    expect(keyOf('FY 2036/37', { frequency: 'Academic year' })).toBe('FY2036-37');
  });

  it('does not guess which academic year "the 2036 academic year" means', () => {
    expect(keyOf('2036 academic year')).toBeNull();
  });
});

describe('school terms and censuses', () => {
  it('reads terms in fixed whole months: spring Jan–Mar, summer Apr–Jul, autumn Sep–Dec', () => {
    expect(span('Spring term 2037')).toEqual({
      kind: 'school-term',
      start: '2037-01-01',
      end: '2037-03-31',
    });
    expect(span('Summer term 2037')).toMatchObject({ start: '2037-04-01', end: '2037-07-31' });
    expect(span('Autumn term 2037')).toMatchObject({ start: '2037-09-01', end: '2037-12-31' });
  });

  it('reads terms with the year before or after the season, or an academic year', () => {
    expectKeys([
      ['Autumn term 2037', '2037-T3-Autumn'],
      ['Summer 2037 term', '2037-T2-Summer'],
      ['2037 spring term', '2037-T1-Spring'],
      ['Autumn term 2037/38', '2037-T3-Autumn'],
      ['Spring term 2037/38', '2038-T1-Spring'],
      ['Summer 2037 school term', '2037-T2-Summer'],
    ]);
  });

  it('reads a season and year alone as a school term when that is the whole label', () => {
    expect(keyOf('Autumn 2037')).toBe('2037-T3-Autumn');
  });

  it('reads censuses as their month: January spring, May summer, October autumn', () => {
    expectKeys([
      ['Summer Census 2037', '2037-05-census'],
      ['Spring census 2038', '2038-01-census'],
      ['Autumn 2037 census', '2037-10-census'],
      ['Autumn 2037 school census', '2037-10-census'],
      ['Spring term 2038 school census', '2038-01-census'],
      ['October census 2037', '2037-10-census'],
      ['January 2038 census', '2038-01-census'],
    ]);
    expect(span('Summer Census 2037')).toEqual({
      kind: 'school-census',
      start: '2037-05-01',
      end: '2037-05-31',
    });
  });

  it('reads a census or term with no year against the report, taking the latest one not after it', () => {
    const context = { reportPeriod: parsePeriod('Q1 2038/39') };
    expect(keyOf('Autumn census', context)).toBe('2037-10-census');
    expect(keyOf('Summer census', context)).toBe('2038-05-census');
    expect(keyOf('summer term', context)).toBe('2037-T2-Summer');
    expect(keyOf('Autumn census')).toBeNull();
  });

  it('does not take a census in any other month', () => {
    expect(keyOf('March census 2038')).toBeNull();
  });
});

describe('half years', () => {
  it('reads the first and second halves of a financial year', () => {
    expectKeys([
      ['H1 2038/39', '2038-39-H1'],
      ['H2 2038/39', '2038-39-H2'],
      ['2038/39 H2', '2038-39-H2'],
      ['first half of 2038/39', '2038-39-H1'],
      ['Second half of the year 2038/39', '2038-39-H2'],
      ['Half year 1 2038/39', '2038-39-H1'],
      ['H3 2038/39', null],
    ]);
    expect(span('H2 2038/39')).toEqual({
      kind: 'half-year',
      start: '2038-10-01',
      end: '2039-03-31',
    });
  });
});

describe('text that is not a period', () => {
  it('returns null for page numbers, appendices, lone durations and prose', () => {
    expectKeys([
      ['', null],
      ['page 12', null],
      ['Appendix 2', null],
      ['12 months', null],
      ['Rolling 12 months', null],
      ['YTD', null],
      ['n/a', null],
      ['Q2 2038/39 and Q3 2038/39', null],
      ['Q3 2038/39 (latest available)', null],
      ['Quarterly', null],
      ['FAQ 1', null],
      ['1,234', null],
      ['27.3%', null],
    ]);
  });

  it('accepts a label wrapped in brackets or carrying a footnote mark', () => {
    expectKeys([
      ['(Q2 2038/39)', '2038-39-Q2'],
      ['Q2 2038/39*', '2038-39-Q2'],
      ['Q2 2038/39¹', '2038-39-Q2'],
      ['Dec 2038:', '2038-12'],
    ]);
  });
});
