// How periods relate in time: the financial year and quarter of a date, the period before a
// given one (for "compared with last quarter"), a total order for charts, and which are cumulative.
import {
  academicYearPeriod,
  calendarYearPeriod,
  financialYearPeriod,
  halfYearPeriod,
  monthPeriod,
  quarterHolding,
  rollingPeriod,
  schoolCensusPeriod,
  schoolTermPeriod,
  seasonOfCensusMonth,
  seasonOfTermMonth,
  yearToDatePeriod,
  type Season,
} from './build';
import { addMonths, financialYearStart, readIsoDate, yearPairText } from './calendar';
import type { Period, PeriodKind } from './types';

const KIND_RANK: readonly PeriodKind[] = [
  'month',
  'school-census',
  'quarter',
  'school-term',
  'half-year',
  'year-to-date',
  'financial-year',
  'calendar-year',
  'academic-year',
  'rolling-12-months',
];

function requireDate(date: string): { year: number; month: number } {
  const read = readIsoDate(date);
  if (!read) throw new Error(`"${date}" is not a date written YYYY-MM-DD.`);
  return read;
}

/** The financial year (April–March) holding a YYYY-MM-DD date, printed "2021/22". */
export function financialYearOf(date: string): string {
  return yearPairText(financialYearStart(requireDate(date)));
}

/** The financial quarter holding a YYYY-MM-DD date: 2022-02-14 is Q4 2021/22. */
export function quarterOf(date: string): Period {
  return quarterHolding(requireDate(date));
}

const PREVIOUS_SEASON: Record<Season, { season: Season; yearsBack: number }> = {
  spring: { season: 'autumn', yearsBack: 1 },
  summer: { season: 'spring', yearsBack: 0 },
  autumn: { season: 'summer', yearsBack: 0 },
};

/**
 * The period a report would compare with: the quarter, month, year, half, term or census before.
 * Year-to-date and rolling figures step back one quarter (YTD Q1 → YTD Q4 of the year before),
 * as dashboards report them quarterly. Null when the period's dates are not valid.
 */
export function previousPeriod(period: Period): Period | null {
  const first = readIsoDate(period.start);
  const last = readIsoDate(period.end);
  if (!first || !last) return null;
  switch (period.kind) {
    case 'quarter':
      return quarterHolding(addMonths(last, -3));
    case 'month':
      return monthPeriod(addMonths(last, -1));
    case 'financial-year':
      return financialYearPeriod(financialYearStart(first) - 1);
    case 'calendar-year':
      return calendarYearPeriod(first.year - 1);
    case 'academic-year':
      return academicYearPeriod(first.year - 1);
    case 'half-year': {
      const earlier = addMonths(first, -6);
      return halfYearPeriod(financialYearStart(earlier), earlier.month === 4 ? 1 : 2);
    }
    case 'year-to-date':
      return yearToDatePeriod(addMonths(last, -3));
    case 'rolling-12-months':
      return rollingPeriod(addMonths(last, -3));
    case 'school-term': {
      const season = seasonOfTermMonth(first.month);
      if (!season) return null;
      const before = PREVIOUS_SEASON[season];
      return schoolTermPeriod(first.year - before.yearsBack, before.season);
    }
    case 'school-census': {
      const season = seasonOfCensusMonth(first.month);
      if (!season) return null;
      const before = PREVIOUS_SEASON[season];
      return schoolCensusPeriod(first.year - before.yearsBack, before.season);
    }
  }
}

const STEPS_IN_A_YEAR: Partial<Record<Period['kind'], number>> = {
  quarter: 4,
  month: 12,
  'half-year': 2,
  'year-to-date': 4,
  'rolling-12-months': 4,
  'school-term': 3,
  'school-census': 3,
};

/** The same period a year earlier ("same quarter last year"): Q2 2023/24 → Q2 2022/23. */
export function samePeriodLastYear(period: Period): Period | null {
  let found: Period | null = period;
  for (let step = 0; found && step < (STEPS_IN_A_YEAR[period.kind] ?? 1); step += 1) {
    found = previousPeriod(found);
  }
  return found;
}

/** Orders by end date, then length (shorter first), then kind, then key: stable for charts. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.order !== b.order) return a.order - b.order;
  const byKind = KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Year-to-date and rolling figures accumulate, so their run is not quarter-on-quarter change. */
export function isCumulative(period: Period): boolean {
  return period.kind === 'year-to-date' || period.kind === 'rolling-12-months';
}

/** The same test from a stored period key ("2021-22-YTD-Q3", "R12-2021-12"). */
export function isCumulativeKey(key: string): boolean {
  return key.includes('-YTD-') || key.startsWith('R12-');
}
