// How Scrutineer finds the periods in a report's running text and dashboard rows, which come
// from PDF conversions with hard line breaks and tabs, and where dates and years are not periods.
import { findPeriods, parsePeriod, type PeriodContext } from '../../shared/periods';

function found(text: string, context?: PeriodContext): [string, string][] {
  return findPeriods(text, context).map((hit) => [hit.period.label, hit.period.key]);
}

describe('finding periods in narrative', () => {
  const thirdQuarter: PeriodContext = { reportPeriod: parsePeriod('Q3 2044/45') };

  it('finds quarters with and without their year, reading the bare ones against the report', () => {
    const text =
      'Placements ending within 12 weeks rose to 71% at the end of quarter 3, up from 64% ' +
      'in Quarter 2 and well above Q3 2043/44.';
    expect(found(text, thirdQuarter)).toEqual([
      ['quarter 3', '2044-45-Q3'],
      ['Quarter 2', '2044-45-Q2'],
      ['Q3 2043/44', '2043-44-Q3'],
    ]);
  });

  it('skips bare quarters when there is no report period or meeting date', () => {
    expect(found('Caseloads fell in quarter 2 and again in Q3 2044/45.')).toEqual([
      ['Q3 2044/45', '2044-45-Q3'],
    ]);
  });

  it('reports where each period sits in the text, so it can be highlighted', () => {
    const text = 'Figures for Sep 2044/45 are provisional.';
    const [hit] = findPeriods(text);
    expect(hit?.index).toBe(12);
    expect(text.slice(hit?.index, (hit?.index ?? 0) + (hit?.length ?? 0))).toBe('Sep 2044/45');
  });

  it('reads a period split over a hard line break', () => {
    expect(found('the rate at the end of Quarter 2\n2044/45 was 3.1')).toEqual([
      ['Quarter 2 2044/45', '2044-45-Q2'],
    ]);
  });

  it('does not take a day for its month, nor a lone year or season for a period', () => {
    const text =
      'As at 30 November 2044 the register held 212 families; numbers have risen since 2041 ' +
      'and will be reviewed in summer 2045.';
    expect(found(text)).toEqual([]);
  });

  it('takes the month when a figure, not a day, stands before it in a table row', () => {
    expect(found('YTD\tJan 2044\t0.21\tJan 2045\t0.18')).toEqual([
      ['YTD Jan 2044', '2043-44-YTD-Q3+1'],
      ['Jan 2045', '2045-01'],
    ]);
  });

  it('reads "year ending" a month end as the twelve months to then', () => {
    expect(found('In the year ending 31st March 2045, 830 reviews were held.')).toEqual([
      ['year ending 31st March 2045', 'R12-2045-03'],
    ]);
  });

  it('keeps neighbouring quarters in a dashboard row apart', () => {
    expect(
      found('Repeat referrals\tQuarter\tQ2 2044/45\t18.1%\tQ3 2044/45\t19.0%\tIncrease'),
    ).toEqual([
      ['Q2 2044/45', '2044-45-Q2'],
      ['Q3 2044/45', '2044-45-Q3'],
    ]);
  });

  it('finds terms and censuses named as such, and a span in brackets after it', () => {
    const text =
      'Take-up was 91% in the Spring 2045 school census, down from the autumn term 2044; ' +
      'covering the period October to December 2044 (Quarter 3).';
    expect(found(text)).toEqual([
      ['Spring 2045 school census', '2045-01-census'],
      ['autumn term 2044', '2044-T3-Autumn'],
      ['October to December 2044', '2044-45-Q3'],
    ]);
  });

  it('finds financial and academic years, and year-to-date figures', () => {
    const text =
      'Spending in 2043/44 was higher; attainment for the 2043-44 academic year is due; ' +
      'the 2044/45 YTD total is 41.';
    expect(found(text, thirdQuarter)).toEqual([
      ['2043/44', 'FY2043-44'],
      ['2043-44 academic year', 'AY2043-44'],
      ['2044/45 YTD', '2044-45-YTD-Q3'],
    ]);
  });

  it('finds nothing in text without periods', () => {
    expect(found('See page 12 and Appendix 2 for the last 12 months of data (n=1,204).')).toEqual(
      [],
    );
  });
});
