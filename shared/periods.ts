// The reporting periods councils print (financial quarters, months, years, school terms and
// censuses, year-to-date and rolling figures), read into stable sortable periods. Pure rules.
export type { Period, PeriodContext, PeriodKind } from './periods/types';
export {
  findPeriods,
  parsePeriod,
  reportPeriodFromTitle,
  standardLabel,
  type FoundPeriod,
} from './periods/scan';
export {
  comparePeriods,
  financialYearOf,
  isCumulative,
  isCumulativeKey,
  previousPeriod,
  quarterOf,
  samePeriodLastYear,
} from './periods/sequence';
export { narrativePeriod } from './periods/narrative';
export {
  hasMonths,
  quarterOnQuarter,
  type DatedFigure,
  type QuarterFigure,
} from './periods/quarterly';
