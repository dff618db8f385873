// What each printed shape of a period reads as, before context: the small readers for year pairs,
// month names, seasons and quarter numbers, and the naming of a span of months by its kind.
import {
  academicYearPeriod,
  calendarYearPeriod,
  financialYearPeriod,
  halfYearPeriod,
  quarterHolding,
  quarterPeriod,
  rollingPeriod,
  schoolCensusPeriod,
  schoolTermPeriod,
  yearToDatePeriod,
  type Season,
} from './build';
import { monthsBetween, type YearMonth } from './calendar';
import type { Period } from './types';

/** What a printed shape says before the report's context and any "YTD" / "rolling" words. */
export type Reading =
  | { type: 'fixed'; period: Period }
  /** "2021/22": financial unless the frequency says academic; "2021/22 YTD" needs context. */
  | { type: 'year-pair'; startYear: number; tagged: boolean }
  | { type: 'bare-quarter'; quarter: number }
  | { type: 'bare-school'; season: Season; census: boolean }
  /** "Summer 2021" with no "term": a school term only when the whole label is just that. */
  | { type: 'loose-season'; period: Period }
  /** "2021" alone: a calendar year only when the whole label is just that. */
  | { type: 'loose-year'; period: Period }
  /** "31 March 2021": a day, not a period, unless "year ending" comes before it. */
  | { type: 'date'; at: YearMonth; day: number };

export type Groups = Record<string, string | undefined>;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

export function numberFrom(text: string | undefined): number | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  return NUMBER_WORDS[lower] ?? (/^\d+$/.test(lower) ? Number(lower) : null);
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The start year of "2021/22", "2021-2022" or "21/22"; null when the years do not follow on. */
export function readYearPair(text: string | undefined): number | null {
  const parts = text?.match(/\d+/g);
  if (!parts || parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  const startYear = fullYear(first);
  const ok =
    second.length === 2
      ? Number(second) === (startYear + 1) % 100
      : Number(second) === startYear + 1;
  return ok ? startYear : null;
}

export function readMonth(text: string | undefined): number | null {
  if (!text) return null;
  const months = [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'oct',
    'nov',
    'dec',
  ];
  const index = months.indexOf(text.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

export function readSeason(text: string | undefined): Season | null {
  const lower = text?.toLowerCase();
  return lower === 'spring' || lower === 'summer' || lower === 'autumn' ? lower : null;
}

export function fixed(period: Period | null): Reading | null {
  return period ? { type: 'fixed', period } : null;
}

/** A month inside a financial year: "Dec 2021/22" is December 2021, "Mar 2021/22" March 2022. */
export function monthInYearPair(month: number, startYear: number): YearMonth {
  return { year: month >= 4 ? startYear : startYear + 1, month };
}

/** The calendar year a term or census of a year pair falls in: autumn in the first. */
export function seasonYear(season: Season, yearText: string | undefined): number | null {
  if (!yearText) return null;
  if (/^\d{4}$/.test(yearText)) return Number(yearText);
  const startYear = readYearPair(yearText);
  if (startYear === null) return null;
  return season === 'autumn' ? startYear : startYear + 1;
}

export function quarterReading(groups: Groups): Reading | null {
  const quarter = numberFrom(groups.q);
  const startYear = readYearPair(groups.fy);
  if (quarter === null || quarter < 1 || quarter > 4 || startYear === null) return null;
  return fixed(quarterPeriod(startYear, quarter));
}

export function halfReading(groups: Groups): Reading | null {
  const half = numberFrom(groups.h);
  const startYear = readYearPair(groups.fy);
  if (half === null || half < 1 || half > 2 || startYear === null) return null;
  return fixed(halfYearPeriod(startYear, half));
}

export function schoolReading(
  season: Season | null,
  year: number | null,
  census: boolean,
): Reading | null {
  if (!season || year === null) return null;
  return fixed(census ? schoolCensusPeriod(year, season) : schoolTermPeriod(year, season));
}

/**
 * A span of whole months, named by what it is: a quarter, a half, a financial, calendar or
 * academic year, a year to date (from April), or a rolling twelve months. Anything else is null.
 */
export function monthSpanReading(first: YearMonth, last: YearMonth): Reading | null {
  const months = monthsBetween(first, last) + 1;
  if (months < 2 || months > 12) return null;
  if (months === 3 && first.month % 3 === 1) return fixed(quarterHolding(first));
  if (months === 6 && (first.month === 4 || first.month === 10)) {
    return fixed(halfYearPeriod(first.year, first.month === 4 ? 1 : 2));
  }
  if (months === 12 && first.month === 1) return fixed(calendarYearPeriod(first.year));
  if (months === 12 && first.month === 4) return fixed(financialYearPeriod(first.year));
  if (months === 12 && first.month === 9) return fixed(academicYearPeriod(first.year));
  if (months === 12) return fixed(rollingPeriod(last));
  if (first.month === 4) return fixed(yearToDatePeriod(last));
  return null;
}
