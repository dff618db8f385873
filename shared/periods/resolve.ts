// Settles what a printed shape means: "YTD" and "rolling 12 months to" words around it, the
// dashboard's frequency column, and the report's own period for bare labels like "Q1".
import {
  academicYearPeriod,
  financialYearPeriod,
  monthPeriod,
  quarterHolding,
  quarterPeriod,
  rollingPeriod,
  schoolCensusPeriod,
  schoolTermPeriod,
  yearToDatePeriod,
  type Season,
} from './build';
import {
  addMonths,
  dayBefore,
  daysInMonth,
  financialYearStart,
  monthsBetween,
  readIsoDate,
  type YearMonth,
} from './calendar';
import type { Reading } from './readings';
import type { Period, PeriodContext, PeriodKind } from './types';

export type Cumulation = 'ytd' | 'rolling';

/** A reading that names no period but must not be read piecemeal ("7 June 2022"). */
export const NOT_A_PERIOD = 'not-a-period';

const YTD_WORDS = '(?:f?ytd|year[\\s-]+to[\\s-]+date)';
const ROLLING_WORDS = '(?:rolling(?:\\s+(?:12|twelve)[\\s-]+m(?:on)?ths?|\\s+year)?|r12)';
const YTD_BEFORE = new RegExp(`(?<![a-z0-9])${YTD_WORDS}[\\s:,\\-–]*(?:to\\s+)?$`, 'i');
const YTD_AFTER = new RegExp(
  `^\\s*(?:[,\\-–]\\s*)?(?:\\(\\s*${YTD_WORDS}\\s*\\)|${YTD_WORDS}(?![a-z0-9]))`,
  'i',
);
const ROLLING_BEFORE = new RegExp(
  '(?<![a-z0-9])(?:(?:rolling\\s+)?(?:12|twelve)[\\s-]+m(?:on)?ths?|rolling\\s+year|year)\\s+(?:to|ending|ended)\\s+(?:(?:the\\s+)?end\\s+of\\s+)?$',
  'i',
);
const ROLLING_AFTER = new RegExp(
  `^\\s*(?:[,\\-–]\\s*)?(?:\\(\\s*${ROLLING_WORDS}\\s*\\)|${ROLLING_WORDS}(?![a-z0-9]))`,
  'i',
);

export interface Surroundings {
  start: number;
  end: number;
  cumulation: Cumulation | null;
}

/** Extends a match over "YTD" / "(year to date)" / "rolling 12 months to" words beside it. */
export function surroundings(text: string, start: number, end: number): Surroundings {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  const found: { cumulation: Cumulation; start: number; end: number }[] = [];
  for (const [cumulation, regex] of [
    ['ytd', YTD_BEFORE],
    ['rolling', ROLLING_BEFORE],
  ] as const) {
    const match = regex.exec(before);
    if (match) found.push({ cumulation, start: start - before.length + match.index, end });
  }
  for (const [cumulation, regex] of [
    ['ytd', YTD_AFTER],
    ['rolling', ROLLING_AFTER],
  ] as const) {
    const match = regex.exec(after);
    if (match) found.push({ cumulation, start, end: end + match[0].length });
  }
  const kinds = new Set(found.map((entry) => entry.cumulation));
  return {
    start: Math.min(start, ...found.map((entry) => entry.start)),
    end: Math.max(end, ...found.map((entry) => entry.end)),
    cumulation: kinds.size === 1 ? (found[0]?.cumulation ?? null) : null,
  };
}

interface Frequency {
  cumulation: Cumulation | null;
  academic: boolean;
}

function readFrequency(text: string | null | undefined): Frequency {
  const lower = (text ?? '').toLowerCase();
  const cumulation = /\b(?:f?ytd|year[\s-]+to[\s-]+date|cumulative)\b/.test(lower)
    ? 'ytd'
    : /\brolling\b|\b(?:12|twelve)[\s-]+m(?:on)?ths?\b/.test(lower)
      ? 'rolling'
      : null;
  return { cumulation, academic: /\bacademic\b/.test(lower) };
}

/** The last day a bare label can reach: the report period's end, or the day before the meeting. */
function referenceDate(context: PeriodContext): string | null {
  if (context.reportPeriod) return context.reportPeriod.end;
  if (context.meetingDate && readIsoDate(context.meetingDate))
    return dayBefore(context.meetingDate);
  return null;
}

/** The month a year-to-date figure reaches: the report's last month, or the last full quarter. */
function referenceMonth(context: PeriodContext): YearMonth | null {
  const reference = referenceDate(context);
  const date = reference ? readIsoDate(reference) : null;
  if (!date) return null;
  if (context.reportPeriod) return date;
  const quarter = quarterHolding(date);
  const quarterEnd = readIsoDate(quarter.end);
  if (!quarterEnd) return null;
  return quarter.end === reference ? quarterEnd : addMonths(quarterEnd, -3);
}

/** "Q4" in a Q1 2022/23 report is Q4 2021/22: the latest such quarter not after the report. */
function bareQuarter(quarter: number, context: PeriodContext): Period | null {
  const reference = referenceDate(context);
  const date = reference ? readIsoDate(reference) : null;
  if (!reference || !date) return null;
  const fyStart = financialYearStart(date);
  const sameYear = quarterPeriod(fyStart, quarter);
  return sameYear.end <= reference ? sameYear : quarterPeriod(fyStart - 1, quarter);
}

function bareSchool(season: Season, census: boolean, context: PeriodContext): Period | null {
  const reference = referenceDate(context);
  const date = reference ? readIsoDate(reference) : null;
  if (!reference || !date) return null;
  const build = census ? schoolCensusPeriod : schoolTermPeriod;
  const sameYear = build(date.year, season);
  return sameYear.end <= reference ? sameYear : build(date.year - 1, season);
}

/** "2021/22 YTD": to the report's month in that year, or the same point in an earlier year. */
function yearToDateOf(startYear: number, context: PeriodContext): Period | null {
  const reference = referenceMonth(context);
  if (!reference || startYear > financialYearStart(reference)) return null;
  const reach = monthsBetween({ year: financialYearStart(reference), month: 4 }, reference);
  return yearToDatePeriod(addMonths({ year: startYear, month: 4 }, reach));
}

const YEAR_TO_DATE_FROM: readonly PeriodKind[] = [
  'quarter',
  'month',
  'half-year',
  'financial-year',
  'year-to-date',
];
const ROLLING_FROM: readonly PeriodKind[] = ['quarter', 'month', 'half-year', 'rolling-12-months'];

/** The year to date or twelve months ending when the period ends; null if that makes no sense. */
function cumulate(period: Period, cumulation: Cumulation): Period | null {
  const first = readIsoDate(period.start);
  const last = readIsoDate(period.end);
  if (!first || !last) return null;
  if (cumulation === 'rolling')
    return ROLLING_FROM.includes(period.kind) ? rollingPeriod(last) : null;
  if (!YEAR_TO_DATE_FROM.includes(period.kind)) return null;
  if (period.kind === 'half-year' && first.month !== 4) return null;
  return yearToDatePeriod(last);
}

/**
 * The period a reading names given the words around it and the context; NOT_A_PERIOD for a day
 * on its own; null when it cannot be settled. `wholeLabel` admits "2021" and "Summer 2021".
 */
export function resolveReading(
  reading: Reading,
  around: Cumulation | null,
  context: PeriodContext,
  wholeLabel: boolean,
): Period | typeof NOT_A_PERIOD | null {
  const frequency = readFrequency(context.frequency);
  const cumulation = around ?? frequency.cumulation;
  let period: Period | null;
  switch (reading.type) {
    case 'fixed':
      period = reading.period;
      break;
    case 'year-pair':
      if (!reading.tagged && frequency.academic) return academicYearPeriod(reading.startYear);
      if (cumulation === 'ytd') return yearToDateOf(reading.startYear, context);
      period = financialYearPeriod(reading.startYear);
      break;
    case 'bare-quarter':
      period = bareQuarter(reading.quarter, context);
      break;
    case 'bare-school':
      return bareSchool(reading.season, reading.census, context);
    case 'loose-season':
    case 'loose-year':
      return wholeLabel && !around ? reading.period : null;
    case 'date': {
      const monthEnds = reading.day === daysInMonth(reading.at.year, reading.at.month);
      if (!around) return NOT_A_PERIOD;
      return monthEnds ? cumulate(monthPeriod(reading.at), around) : null;
    }
  }
  if (!period || !cumulation) return period;
  const cumulated = cumulate(period, cumulation);
  return cumulated ?? (around ? null : period);
}
