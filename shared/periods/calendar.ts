// Whole-month calendar arithmetic for periods: every period Scrutineer knows starts on the first
// of a month and ends on the last day of one, so year-and-month pairs are all the maths needed.
export interface YearMonth {
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
}

const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function monthKey(at: YearMonth): string {
  return `${pad(at.year, 4)}-${pad(at.month, 2)}`;
}

export function firstDay(at: YearMonth): string {
  return isoDate(at.year, at.month, 1);
}

export function lastDay(at: YearMonth): string {
  return isoDate(at.year, at.month, daysInMonth(at.year, at.month));
}

export function addMonths(at: YearMonth, count: number): YearMonth {
  const index = at.year * 12 + (at.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** A real calendar date written YYYY-MM-DD, or null. */
export function readIsoDate(text: string): (YearMonth & { day: number }) | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 1 January 1970 for a valid YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  const date = readIsoDate(iso);
  if (!date) throw new Error(`"${iso}" is not a date written YYYY-MM-DD.`);
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

export function dayBefore(iso: string): string {
  const date = new Date((dayNumber(iso) - 1) * MS_PER_DAY);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The calendar year in which the financial year (April–March) holding this month starts. */
export function financialYearStart(at: YearMonth): number {
  return at.month >= 4 ? at.year : at.year - 1;
}

/** "2021/22" for the financial or academic year starting in 2021. */
export function yearPairText(startYear: number): string {
  return `${startYear}/${pad((startYear + 1) % 100, 2)}`;
}

/** "2021-22": the same pair as used inside keys. */
export function yearPairKey(startYear: number): string {
  return `${startYear}-${pad((startYear + 1) % 100, 2)}`;
}
