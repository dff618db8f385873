// Builds each kind of period from its natural parts, so keys, dates, order and canonical labels
// are written in one place and every reader (labels, keys, "the quarter before") agrees on them.
import {
  addMonths,
  dayNumber,
  financialYearStart,
  firstDay,
  lastDay,
  monthKey,
  monthsBetween,
  yearPairKey,
  yearPairText,
  type YearMonth,
} from './calendar';
import type { Period, PeriodKind } from './types';

export type Season = 'spring' | 'summer' | 'autumn';

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * School terms as fixed whole months (Easter moves, so no single date is right): spring term
 * January–March, summer term April–July, autumn term September–December.
 */
const TERM_MONTHS: Record<Season, { first: number; last: number; rank: number }> = {
  spring: { first: 1, last: 3, rank: 1 },
  summer: { first: 4, last: 7, rank: 2 },
  autumn: { first: 9, last: 12, rank: 3 },
};

/** The school census month: January (spring), May (summer), October (autumn). */
export const CENSUS_MONTH: Record<Season, number> = { spring: 1, summer: 5, autumn: 10 };

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

function capitalised(season: Season): string {
  return season.charAt(0).toUpperCase() + season.slice(1);
}

function spanPeriod(
  kind: PeriodKind,
  key: string,
  first: YearMonth,
  last: YearMonth,
  label: string,
): Period {
  const start = firstDay(first);
  const end = lastDay(last);
  const length = dayNumber(end) - dayNumber(start) + 1;
  return { kind, key, start, end, label, order: dayNumber(end) * 1000 + length };
}

/** Financial quarter 1–4 of the financial year starting in April of `fyStart`. */
export function quarterPeriod(fyStart: number, quarter: number): Period {
  const first = addMonths({ year: fyStart, month: 4 }, 3 * (quarter - 1));
  const label = `Q${quarter} ${yearPairText(fyStart)}`;
  return spanPeriod(
    'quarter',
    `${yearPairKey(fyStart)}-Q${quarter}`,
    first,
    addMonths(first, 2),
    label,
  );
}

/** The financial quarter holding a month. */
export function quarterHolding(at: YearMonth): Period {
  const fyStart = financialYearStart(at);
  const quarter = Math.floor(monthsBetween({ year: fyStart, month: 4 }, at) / 3) + 1;
  return quarterPeriod(fyStart, quarter);
}

export function monthPeriod(at: YearMonth): Period {
  return spanPeriod('month', monthKey(at), at, at, `${monthName(at.month)} ${at.year}`);
}

export function financialYearPeriod(fyStart: number): Period {
  const first = { year: fyStart, month: 4 };
  const key = `FY${yearPairKey(fyStart)}`;
  return spanPeriod('financial-year', key, first, addMonths(first, 11), yearPairText(fyStart));
}

export function calendarYearPeriod(year: number): Period {
  const label = String(year);
  return spanPeriod('calendar-year', `CY${year}`, { year, month: 1 }, { year, month: 12 }, label);
}

/** September of `startYear` to August of the next year. */
export function academicYearPeriod(startYear: number): Period {
  const first = { year: startYear, month: 9 };
  const label = `${yearPairText(startYear)} academic year`;
  return spanPeriod(
    'academic-year',
    `AY${yearPairKey(startYear)}`,
    first,
    addMonths(first, 11),
    label,
  );
}

export function schoolTermPeriod(year: number, season: Season): Period {
  const { first, last, rank } = TERM_MONTHS[season];
  const key = `${year}-T${rank}-${capitalised(season)}`;
  const label = `${capitalised(season)} term ${year}`;
  return spanPeriod('school-term', key, { year, month: first }, { year, month: last }, label);
}

export function schoolCensusPeriod(year: number, season: Season): Period {
  const at = { year, month: CENSUS_MONTH[season] };
  const label = `${capitalised(season)} census ${year}`;
  return spanPeriod('school-census', `${monthKey(at)}-census`, at, at, label);
}

/** The financial year to date, April to the end of `last`. */
export function yearToDatePeriod(last: YearMonth): Period {
  const fyStart = financialYearStart(last);
  const first = { year: fyStart, month: 4 };
  const months = monthsBetween(first, last) + 1;
  const quarters = Math.floor(months / 3);
  const extra = months % 3;
  const reach = extra === 0 ? `Q${quarters}` : `Q${quarters}+${extra}`;
  const label =
    extra === 0
      ? `YTD Q${quarters} ${yearPairText(fyStart)}`
      : `Apr ${fyStart}–${monthName(last.month)} ${last.year} (YTD)`;
  return spanPeriod('year-to-date', `${yearPairKey(fyStart)}-YTD-${reach}`, first, last, label);
}

/** The twelve months ending with `last`. */
export function rollingPeriod(last: YearMonth): Period {
  const label = `12 months to ${monthName(last.month)} ${last.year}`;
  return spanPeriod(
    'rolling-12-months',
    `R12-${monthKey(last)}`,
    addMonths(last, -11),
    last,
    label,
  );
}

/** Half 1 (April–September) or half 2 (October–March) of a financial year. */
export function halfYearPeriod(fyStart: number, half: number): Period {
  const first = addMonths({ year: fyStart, month: 4 }, 6 * (half - 1));
  const key = `${yearPairKey(fyStart)}-H${half}`;
  const label = `H${half} ${yearPairText(fyStart)}`;
  return spanPeriod('half-year', key, first, addMonths(first, 5), label);
}

export const SEASONS: readonly Season[] = ['spring', 'summer', 'autumn'];

export function seasonOfTermMonth(month: number): Season | null {
  return SEASONS.find((season) => TERM_MONTHS[season].first === month) ?? null;
}

export function seasonOfCensusMonth(month: number): Season | null {
  return SEASONS.find((season) => CENSUS_MONTH[season] === month) ?? null;
}
