// How periods line up in time for charts and comparisons: keys that sort as time, one order
// across all kinds, "the period before", and which figures accumulate.
import {
  comparePeriods,
  isCumulative,
  parsePeriod,
  previousPeriod,
  type Period,
} from '../../shared/periods';

function period(label: string): Period {
  const read = parsePeriod(label);
  if (!read) throw new Error(`test fixture "${label}" should parse`);
  return read;
}

function previousKey(label: string): string | null {
  return previousPeriod(period(label))?.key ?? null;
}

function sortedByKey(labels: string[]): string[] {
  return labels
    .map(period)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((read) => read.label);
}

describe('period keys', () => {
  it('sort as time within each kind, whatever order they arrive in', () => {
    expect(sortedByKey(['Q1 2041/42', 'Q4 2040/41', 'Q3 2040/41', 'Q2 2041/42'])).toEqual([
      'Q3 2040/41',
      'Q4 2040/41',
      'Q1 2041/42',
      'Q2 2041/42',
    ]);
    expect(sortedByKey(['Jan 2041', 'Dec 2040', 'Oct 2040'])).toEqual([
      'Oct 2040',
      'Dec 2040',
      'Jan 2041',
    ]);
    expect(
      sortedByKey(['Autumn term 2040', 'Spring term 2041', 'Summer term 2040', 'Spring term 2040']),
    ).toEqual(['Spring term 2040', 'Summer term 2040', 'Autumn term 2040', 'Spring term 2041']);
    expect(sortedByKey(['Autumn census 2040', 'Spring census 2040', 'Summer census 2040'])).toEqual(
      ['Spring census 2040', 'Summer census 2040', 'Autumn census 2040'],
    );
    expect(
      sortedByKey(['YTD Q3 2040/41', 'Apr-Nov 2040 YTD', 'YTD Q1 2040/41', 'YTD Q4 2039/40']),
    ).toEqual(['YTD Q4 2039/40', 'YTD Q1 2040/41', 'Apr-Nov 2040 YTD', 'YTD Q3 2040/41']);
  });

  it('are the same for the same period however it was printed', () => {
    expect(period('Quarter 3, 2040/41').key).toBe(period('Oct–Dec 2040').key);
    expect(period('Apr–Dec 2040 (YTD)').key).toBe(period('YTD Q3 2040/41').key);
    expect(period('Dec 2040/41').key).toBe(period('December 2040').key);
  });

  it('never collide between kinds that cover the same months', () => {
    const sameMonths = ['2040/41', 'Apr 2040 - Mar 2041 YTD', 'year to Mar 2041'].map(period);
    expect(new Set(sameMonths.map((read) => read.start + read.end)).size).toBe(1);
    expect(new Set(sameMonths.map((read) => read.key)).size).toBe(3);
  });
});

describe('ordering periods of different kinds', () => {
  it('puts the earlier end first, and the shorter period first when they end together', () => {
    const labels = [
      '2040/41',
      'Q4 2040/41',
      'Mar 2041',
      'Q3 2040/41',
      'Summer census 2040',
      'H2 2040/41',
    ];
    expect(
      labels
        .map(period)
        .sort(comparePeriods)
        .map((read) => read.label),
    ).toEqual([
      'Summer census 2040',
      'Q3 2040/41',
      'Mar 2041',
      'Q4 2040/41',
      'H2 2040/41',
      '2040/41',
    ]);
  });

  it('gives the same order number to periods that end on the same day and last as long', () => {
    expect(period('2040/41').order).toBe(period('year to Mar 2041').order);
    expect(comparePeriods(period('2040/41'), period('year to Mar 2041'))).toBeLessThan(0);
    expect(comparePeriods(period('Q1 2040/41'), period('Quarter 1 2040/41'))).toBe(0);
  });
});

describe('the period before', () => {
  it('steps back a quarter, across the year boundary', () => {
    expect(previousKey('Q3 2040/41')).toBe('2040-41-Q2');
    expect(previousKey('Q1 2040/41')).toBe('2039-40-Q4');
    expect(previousPeriod(period('Q1 2040/41'))?.label).toBe('Q4 2039/40');
  });

  it('steps back a month, a year, a half, a term or a census', () => {
    expect(previousKey('Jan 2041')).toBe('2040-12');
    expect(previousKey('2040/41')).toBe('FY2039-40');
    expect(previousKey('CY 2040')).toBe('CY2039');
    expect(previousKey('AY 2040/41')).toBe('AY2039-40');
    expect(previousKey('H1 2040/41')).toBe('2039-40-H2');
    expect(previousKey('H2 2040/41')).toBe('2040-41-H1');
    expect(previousKey('Spring term 2041')).toBe('2040-T3-Autumn');
    expect(previousKey('Summer term 2041')).toBe('2041-T1-Spring');
    expect(previousKey('Autumn term 2041')).toBe('2041-T2-Summer');
    expect(previousKey('Spring census 2041')).toBe('2040-10-census');
    expect(previousKey('Autumn census 2041')).toBe('2041-05-census');
  });

  it('steps cumulative figures back one quarter, so YTD Q1 follows last year’s full year', () => {
    expect(previousKey('YTD Q3 2040/41')).toBe('2040-41-YTD-Q2');
    expect(previousKey('YTD Q1 2040/41')).toBe('2039-40-YTD-Q4');
    expect(previousKey('Apr-May 2040 YTD')).toBe('2039-40-YTD-Q3+2');
    expect(previousKey('12 months to Sep 2040')).toBe('R12-2040-06');
  });

  it('gives nothing for a period whose dates are not real', () => {
    expect(previousPeriod({ ...period('Q1 2040/41'), end: '2041-02-30' })).toBeNull();
  });
});

describe('cumulative figures', () => {
  it('marks year-to-date and rolling figures as cumulative and nothing else', () => {
    expect(isCumulative(period('YTD Q2 2040/41'))).toBe(true);
    expect(isCumulative(period('12 months to Sep 2040'))).toBe(true);
    for (const label of ['Q2 2040/41', 'Sep 2040', '2040/41', 'H1 2040/41', 'Autumn term 2040']) {
      expect([label, isCumulative(period(label))]).toEqual([label, false]);
    }
  });
});
