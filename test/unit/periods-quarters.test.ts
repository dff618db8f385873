// How Scrutineer reads financial quarters as councils print them, including a bare "Q1" on a
// dashboard, which only means something against the report's own quarter or the meeting date.
import {
  financialYearOf,
  parsePeriod,
  quarterOf,
  reportPeriodFromTitle,
  type Period,
  type PeriodContext,
} from '../../shared/periods';

function keyOf(label: string, context?: PeriodContext): string | null {
  return parsePeriod(label, context)?.key ?? null;
}

function quarter(label: string): Period {
  const period = parsePeriod(label);
  if (!period) throw new Error(`test fixture "${label}" should parse`);
  return period;
}

describe('financial quarters', () => {
  it('reads the second quarter however the dashboard spells it', () => {
    const spellings = [
      'Q2 2027/28',
      'q2 2027/28',
      'Qtr 2 27/28',
      'Qtr. 2 2027/28',
      'Quarter 2 2027/28',
      'QUARTER 2 2027/28',
      'Q2 27/28',
      '2027/28 Q2',
      '2027-28 Quarter 2',
      'Q2 2027-28',
      'Q2 2027/2028',
      'Q2  2027 / 28',
      'Quarter 2, 2027/28',
      'Quarter 2 of 2027/28',
      'Q2 FY27/28',
      'second quarter of 2027/28',
      'Quarter two 2027/28',
    ];
    for (const label of spellings) expect([label, keyOf(label)]).toEqual([label, '2027-28-Q2']);
  });

  it('runs quarter 1 from April to June and quarter 4 into the next calendar year', () => {
    expect(quarter('Q1 2027/28')).toMatchObject({ start: '2027-04-01', end: '2027-06-30' });
    expect(quarter('Q2 2027/28')).toMatchObject({ start: '2027-07-01', end: '2027-09-30' });
    expect(quarter('Q3 2027/28')).toMatchObject({ start: '2027-10-01', end: '2027-12-31' });
    expect(quarter('Q4 2027/28')).toMatchObject({ start: '2028-01-01', end: '2028-03-31' });
  });

  it('keeps the label exactly as printed, tidied of spare spaces', () => {
    expect(parsePeriod('  Quarter 3,\n 2027/28 ')?.label).toBe('Quarter 3, 2027/28');
  });

  it('reads "Quarter 3 2031" as the financial quarter falling in 2031, so Q4 2031 is early 2031', () => {
    expect(keyOf('Quarter 3 2031')).toBe('2031-32-Q3');
    expect(keyOf('Q1 2031')).toBe('2031-32-Q1');
    expect(keyOf('Q4 2031')).toBe('2030-31-Q4');
  });

  it('refuses quarters and years that do not exist', () => {
    for (const label of [
      'Q5 2027/28',
      'Q0 2027/28',
      'Quarter 12',
      'Q5',
      'Q2 2027/29',
      'Q2 2027/27',
    ]) {
      expect([label, keyOf(label)]).toEqual([label, null]);
    }
  });

  it('leaves a bare "Q1" unread when nothing says which year it belongs to', () => {
    expect(keyOf('Q1')).toBeNull();
    expect(keyOf('Quarter 3')).toBeNull();
  });
});

describe('a bare quarter read against the report', () => {
  const firstQuarterReport: PeriodContext = { reportPeriod: quarter('Q1 2033/34') };
  const thirdQuarterReport: PeriodContext = { reportPeriod: quarter('Q3 2033/34') };

  it('puts the report quarter itself in the report year', () => {
    expect(keyOf('Q1', firstQuarterReport)).toBe('2033-34-Q1');
    expect(keyOf('Quarter 3', thirdQuarterReport)).toBe('2033-34-Q3');
  });

  it('reads "Q4" in a first-quarter report as the quarter just before, in the previous year', () => {
    expect(keyOf('Q4', firstQuarterReport)).toBe('2032-33-Q4');
  });

  it('reads a quarter reported in arrears as the most recent one of that number', () => {
    expect(keyOf('Q2', thirdQuarterReport)).toBe('2033-34-Q2');
    expect(keyOf('Qtr 1', thirdQuarterReport)).toBe('2033-34-Q1');
    expect(keyOf('Q4', thirdQuarterReport)).toBe('2032-33-Q4');
  });

  it('falls back on the meeting date, counting only quarters finished before the meeting', () => {
    expect(keyOf('Q3', { meetingDate: '2034-03-09' })).toBe('2033-34-Q3');
    expect(keyOf('Q4', { meetingDate: '2034-03-09' })).toBe('2032-33-Q4');
    expect(keyOf('Q4', { meetingDate: '2034-04-01' })).toBe('2033-34-Q4');
    expect(keyOf('Q4', { meetingDate: '2034-03-31' })).toBe('2032-33-Q4');
  });

  it('prefers the report period to the meeting date when both are known', () => {
    const both = { reportPeriod: quarter('Q2 2033/34'), meetingDate: '2034-06-20' };
    expect(keyOf('Q3', both)).toBe('2032-33-Q3');
  });

  it('ignores a meeting date that is not a real date', () => {
    expect(keyOf('Q2', { meetingDate: '2034-02-30' })).toBeNull();
  });
});

describe('the quarter and financial year of a date', () => {
  it('names the financial year a date falls in', () => {
    expect(financialYearOf('2029-04-01')).toBe('2029/30');
    expect(financialYearOf('2030-03-31')).toBe('2029/30');
    expect(financialYearOf('2099-12-25')).toBe('2099/00');
  });

  it('finds the financial quarter holding a date', () => {
    expect(quarterOf('2030-02-14')).toMatchObject({ key: '2029-30-Q4', label: 'Q4 2029/30' });
    expect(quarterOf('2029-09-30').key).toBe('2029-30-Q2');
    expect(quarterOf('2029-10-01').key).toBe('2029-30-Q3');
  });

  it('says plainly when it is given something that is not a date', () => {
    expect(() => quarterOf('14/02/2030')).toThrow('"14/02/2030" is not a date written YYYY-MM-DD.');
    expect(() => financialYearOf('2030-13-01')).toThrow(/not a date/);
  });
});

describe('the period a report covers, from its title', () => {
  it('reads the quarter and year printed in either order', () => {
    expect(reportPeriodFromTitle('Quarter 2 2035/36 Performance Report')?.key).toBe('2035-36-Q2');
    expect(reportPeriodFromTitle('Adult Services Performance 2035/36 Quarter 4')?.key).toBe(
      '2035-36-Q4',
    );
    expect(reportPeriodFromTitle('Performance Dashboard for Quarter 1, 2035/36')?.key).toBe(
      '2035-36-Q1',
    );
  });

  it('takes the year from a month in the title when the quarter is printed alone', () => {
    const title = 'Performance to the end of September 2035 (Quarter 2)';
    expect(reportPeriodFromTitle(title)?.key).toBe('2035-36-Q2');
  });

  it('reads a quarter whose year was lost to a line break against the meeting date', () => {
    const title = 'Housing Performance Dashboard for Quarter 3,';
    expect(reportPeriodFromTitle(title, '2036-02-26')?.key).toBe('2035-36-Q3');
    expect(reportPeriodFromTitle(title)).toBeNull();
  });

  it('reads an annual report as its financial year', () => {
    expect(reportPeriodFromTitle('Annual Report of the Fostering Panel 2034/35')?.key).toBe(
      'FY2034-35',
    );
  });

  it('finds no period in a title that names none', () => {
    expect(reportPeriodFromTitle('Appendix 2: Terms of Reference', '2036-02-26')).toBeNull();
  });
});
