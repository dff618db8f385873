// period-label-contradiction: a report whose title names one period while its text gives its latest
// figures for another ("Quarter 1 2021/22" in the title, "in quarter 4" in the text).
import type { IndicatorException, StatementSource } from '../indicator-series';

export interface ReportPeriodFacts {
  documentId: number;
  fileName: string;
  meetingDate: string | null;
  title: string;
  titlePeriod: string | null;
  titlePeriodKey: string | null;
  /** Start date (YYYY-MM-DD) of the title's period, for sorting exceptions by period. */
  titlePeriodStart: string | null;
  /** Periods the report's own text names as "this quarter" / "in quarter N" for its latest figures. */
  textPeriods: { period: string; periodKey: string; source: StatementSource }[];
}

/** One exception per report and per period its text names that differs from its title's. */
export function findPeriodLabelContradictions(reports: ReportPeriodFacts[]): IndicatorException[] {
  return reports.flatMap((report) => {
    const { titlePeriod, titlePeriodKey, titlePeriodStart } = report;
    if (titlePeriod === null || titlePeriodKey === null || titlePeriodStart === null) return [];
    const differing = report.textPeriods.filter((text) => text.periodKey !== titlePeriodKey);
    const periodKeys = [...new Set(differing.map((text) => text.periodKey))];
    return periodKeys.map((periodKey): IndicatorException => {
      const mentions = differing.filter((text) => text.periodKey === periodKey);
      const first = mentions[0] as (typeof mentions)[number];
      const pages = [...new Set(mentions.map((text) => text.source.page))];
      return {
        rule: 'period-label-contradiction',
        indicator: null,
        period: titlePeriod,
        periodKey: titlePeriodKey,
        periodStart: titlePeriodStart,
        message:
          `"${report.title}" (${report.fileName}) names ${titlePeriod} in its title, but its ` +
          `text gives the latest figures for ${first.period} (page${pages.length > 1 ? 's' : ''} ` +
          `${pages.join(', ')}). Which period do the figures cover?`,
        evidence: [
          { label: 'Report title', value: report.title, source: null },
          ...mentions.map((text) => ({
            label: `Period named in the text, page ${text.source.page}`,
            value: text.period,
            source: text.source,
          })),
        ],
      };
    });
  });
}
