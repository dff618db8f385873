// Reads when an action is due from the words that set it ("the September meeting", "the meeting in
// January 2024", "the next meeting", "in six months", "by 31 March 2024"), counted from the date of
// the meeting that asked. A due date is a month (YYYY-MM) or a day (YYYY-MM-DD); "a future meeting"
// has none.
import { MONTH_NAMES, monthNumber } from '../long-date';

const MONTH = `(${MONTH_NAMES.join('|').toLowerCase()}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const NUMBERS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  'twenty-four': 24,
};

export interface DueDate {
  /** YYYY-MM or YYYY-MM-DD; null when the words give no date. */
  due: string | null;
  /** The words the date was read from, or that say there is none ("a future meeting"). */
  words: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthIndex = (name: string): number => monthNumber(name) - 1;

function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  return `${year + Math.floor(month / 12)}-${pad((month % 12) + 1)}`;
}

/** The first such month after the meeting's own month (the same month a year on if equal). */
function nextMonthNamed(meetingDate: string, month: number): string {
  const year = Number(meetingDate.slice(0, 4));
  const meetingMonth = Number(meetingDate.slice(5, 7)) - 1;
  return `${month > meetingMonth ? year : year + 1}-${pad(month + 1)}`;
}

/** Each rule's pattern is global (for matchAll) and ignores case. */
const rules: Array<{
  pattern: RegExp;
  read: (match: RegExpExecArray, meetingDate: string, nextMeeting: string | null) => string | null;
}> = [
  {
    // "by 31 March 2024", "on 12 September 2024"
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => `${m[3]}-${pad(monthIndex(m[2]!) + 1)}-${pad(Number(m[1]))}`,
  },
  {
    // "the meeting in January 2024", "the January 2024 meeting", "by March 2025"
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => `${m[2]}-${pad(monthIndex(m[1]!) + 1)}`,
  },
  {
    // "the September meeting", "its meeting in September", "in September"
    pattern: new RegExp(
      `\\b(?:the|its|a)\\s+${MONTH}\\s+(?:meeting|committee|cycle)\\b|\\b(?:meeting|committee)\\s+in\\s+${MONTH}\\b|\\b(?:in|by|during)\\s+${MONTH}\\b`,
      'gi',
    ),
    read: (m, meetingDate) => nextMonthNamed(meetingDate, monthIndex((m[1] ?? m[2] ?? m[3])!)),
  },
  {
    // "in six months", "within 3 months", "in six months' time", "in a year"
    pattern:
      /\b(?:in|within|after)\s+(?:the\s+next\s+)?(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+(months?|years?)\b/gi,
    read: (m, meetingDate) => {
      const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBERS[m[1]!.toLowerCase()] ?? 0);
      return addMonths(meetingDate, /^year/i.test(m[2]!) ? count * 12 : count);
    },
  },
  {
    pattern: /\b(?:the|its)\s+next\s+(?:meeting|committee)\b/gi,
    read: (_m, _meetingDate, nextMeeting) => nextMeeting,
  },
  {
    pattern:
      /\b(?:a|an)\s+(?:future|later|subsequent|forthcoming|appropriate)\s+(?:meeting|committee|date)\b|\bin due course\b/gi,
    read: () => null,
  },
];

/**
 * The due date the words set, counted from the meeting that asked (YYYY-MM-DD). `nextMeeting` is
 * the committee's next meeting after that one, when the store knows it. Dates that fall on or
 * before the meeting itself are history, not a due date, and are skipped.
 */
export function readDueDate(
  text: string,
  meetingDate: string,
  nextMeeting: string | null = null,
): DueDate {
  for (const rule of rules) {
    for (const match of text.matchAll(rule.pattern)) {
      const due = rule.read(match as RegExpExecArray, meetingDate, nextMeeting);
      if (due !== null && due <= meetingDate.slice(0, due.length)) continue;
      return { due, words: match[0] };
    }
  }
  return { due: null, words: null };
}

/** The last day a due date allows: the day itself, or the month's last day. */
export function lastDayOf(due: string): string {
  if (due.length === 10) return due;
  const [year, month] = due.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${due}-${pad(days)}`;
}

/** Whether a due date has passed by `today` (YYYY-MM-DD). */
export const isPastDue = (due: string | null, today: string): boolean =>
  due !== null && lastDayOf(due) < today;
