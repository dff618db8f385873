// Reads the date and time phrases UK council papers print ("Tuesday, 7 June 2022 at 2.00 pm",
// "18TH NOVEMBER 2020", "10.00am", "noon") into ISO dates (YYYY-MM-DD) and 24-hour times (HH:MM).
import { monthNumber } from '../long-date';

const MONTH_PATTERN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}\\.?,?\\s+(\\d{4})\\b`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(
  `\\b${MONTH_PATTERN}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'gi',
);
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every full date (with a year) in the text, in reading order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (iso: string | null, match: RegExpExecArray): void => {
    if (iso) found.push({ iso, index: match.index, length: match[0].length });
  };
  for (const match of text.matchAll(DAY_MONTH_YEAR)) {
    add(isoDate(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1])), match);
  }
  for (const match of text.matchAll(MONTH_DAY_YEAR)) {
    add(isoDate(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2])), match);
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    add(isoDate(Number(match[3]), Number(match[2]), Number(match[1])), match);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first full date in the text as YYYY-MM-DD, or null. */
export function parseUkDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

const TIME =
  /\b(noon|midday|midnight)\b|\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b(\d{1,2}):(\d{2})\b/i;

function clock(hours: number, minutes: number): string | null {
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function withMeridiem(hours: number, minutes: number, meridiem: string): string | null {
  if (hours < 1 || hours > 12) return null;
  const pm = meridiem.toLowerCase().startsWith('p');
  return clock((hours % 12) + (pm ? 12 : 0), minutes);
}

/** The first time of day in the text as HH:MM ("2.00 pm" → "14:00", "noon" → "12:00"), or null. */
export function parseUkTime(text: string): string | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const [, word, hours, minutes, meridiem, hours24, minutes24] = match;
  if (word) return word.toLowerCase() === 'midnight' ? '00:00' : '12:00';
  if (hours && meridiem) return withMeridiem(Number(hours), Number(minutes ?? 0), meridiem);
  return clock(Number(hours24), Number(minutes24));
}

const TIME_RANGE =
  /^\s*(\d{1,2})[.:](\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*(?:-|–|—|to)\s*(\d{1,2})[.:](\d{2})\s*(a\.?m\.?|p\.?m\.?)\s*$/i;

/**
 * A line that is only a meeting's time span, as minutes print it at the end ("2.00 - 2.55 pm",
 * "10.00 am – 12.30 pm"). The start takes the end's am/pm when it has none and that keeps it earlier.
 */
export function parseTimeSpan(text: string): { start: string; end: string } | null {
  const match = TIME_RANGE.exec(text);
  if (!match) return null;
  const [, h1, m1, meridiem1, h2, m2, meridiem2 = 'pm'] = match;
  const end = withMeridiem(Number(h2), Number(m2), meridiem2);
  if (!end) return null;
  let start = withMeridiem(Number(h1), Number(m1), meridiem1 ?? meridiem2);
  if (!meridiem1 && start && start > end) start = withMeridiem(Number(h1), Number(m1), 'am');
  return start ? { start, end } : null;
}
