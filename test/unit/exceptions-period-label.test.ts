// period-label-contradiction: a report whose title names one quarter while its text gives the
// latest figures for another ("Quarter 1 2021/22" in the title, "in quarter 4" in the text).
import { findReportExceptions, type ReportPeriodFacts } from '../../shared/exceptions';
import { indicatorExceptionSchema } from '../../shared/indicator-series';
import { narrativeSource } from '../support/series-builder';

function report(overrides: Partial<ReportPeriodFacts> = {}): ReportPeriodFacts {
  return {
    documentId: 1,
    fileName: 'Children scrutiny pack.pdf',
    meetingDate: '2021-09-14',
    title: 'Children’s services performance report Quarter 1 2021/22',
    titlePeriod: 'Quarter 1 2021/22',
    titlePeriodKey: '2021-22-Q1',
    titlePeriodStart: '2021-04-01',
    textPeriods: [],
    ...overrides,
  };
}

const inQuarter4 = {
  period: 'quarter 4',
  periodKey: '2020-21-Q4',
  source: narrativeSource({ page: 5 }),
};
const inQuarter1 = {
  period: 'quarter 1',
  periodKey: '2021-22-Q1',
  source: narrativeSource({ page: 6 }),
};

describe('period-label-contradiction', () => {
  it('flags a text that gives the latest figures for another quarter than the title', () => {
    const found = findReportExceptions([report({ textPeriods: [inQuarter1, inQuarter4] })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'period-label-contradiction',
      indicator: null,
      period: 'Quarter 1 2021/22',
      periodKey: '2021-22-Q1',
      periodStart: '2021-04-01',
    });
    expect(found[0]?.message).toBe(
      '"Children’s services performance report Quarter 1 2021/22" (Children scrutiny pack.pdf) ' +
        'names Quarter 1 2021/22 in its title, but its text gives the latest figures for ' +
        'quarter 4 (page 5). Which period do the figures cover?',
    );
    expect(found[0]?.evidence[1]).toEqual({
      label: 'Period named in the text, page 5',
      value: 'quarter 4',
      source: inQuarter4.source,
    });
    expect(indicatorExceptionSchema.safeParse(found[0]).success).toBe(true);
  });

  it('reports each other period once, listing every page that names it', () => {
    const again = { ...inQuarter4, source: narrativeSource({ page: 9 }) };
    const found = findReportExceptions([report({ textPeriods: [inQuarter4, again] })]);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('for quarter 4 (pages 5, 9).');
  });

  it('accepts a text that agrees with the title', () => {
    expect(findReportExceptions([report({ textPeriods: [inQuarter1] })])).toEqual([]);
  });

  it('says nothing about a report whose title names no period', () => {
    const untitled = report({
      title: 'Performance report',
      titlePeriod: null,
      titlePeriodKey: null,
      titlePeriodStart: null,
      textPeriods: [inQuarter4],
    });
    expect(findReportExceptions([untitled])).toEqual([]);
  });

  it('lists the newest report first', () => {
    const older = report({ textPeriods: [inQuarter4] });
    const newer = report({
      documentId: 2,
      title: 'Performance report Quarter 2 2021/22',
      titlePeriod: 'Quarter 2 2021/22',
      titlePeriodKey: '2021-22-Q2',
      titlePeriodStart: '2021-07-01',
      textPeriods: [inQuarter1],
    });
    const found = findReportExceptions([older, newer]);
    expect(found.map((exception) => exception.periodKey)).toEqual(['2021-22-Q2', '2021-22-Q1']);
  });
});
