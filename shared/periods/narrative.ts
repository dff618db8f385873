// The period a sentence gives a figure ("in the quarter", "the second quarter", "at the end of
// June", "the same point last year", or nothing at all), settled against the report's own period.
import { monthPeriod, quarterHolding } from './build';
import { readMonth } from './readings';
import { parsePeriod } from './scan';
import { previousPeriod, samePeriodLastYear } from './sequence';
import type { Period } from './types';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const QUARTER_ENDS = new Set([3, 6, 9, 12]);

/**
 * In a quarterly report, a snapshot at the end of a quarter's last month ("at the end of June")
 * stands for that quarter, as the report's own tables give it.
 */
function asQuarter(period: Period, reportPeriod: Period | null): Period {
  if (period.kind !== 'month' || reportPeriod?.kind !== 'quarter') return period;
  const [year, month] = period.start.split('-').map(Number);
  if (!year || !month || !QUARTER_ENDS.has(month)) return period;
  return quarterHolding({ year, month });
}

/** A month named without its year: the latest such month ending by the report's period end. */
function bareMonth(label: string, reportPeriod: Period | null): Period | null {
  const month = readMonth(label);
  if (month === null || !reportPeriod) return null;
  const [endYear, endMonth] = reportPeriod.end.split('-').map(Number);
  if (!endYear || !endMonth) return null;
  return monthPeriod({ year: month > endMonth ? endYear - 1 : endYear, month });
}

/**
 * The period of a figure in a sentence. A figure with no period of its own is the report's own
 * period; null when neither the sentence nor the report settles it.
 */
export function narrativePeriod(
  label: string | null,
  reportPeriod: Period | null,
  meetingDate: string | null = null,
): Period | null {
  const text = (label ?? '').replace(/\s+/g, ' ').trim();
  if (!text || /^(?:(?:the|this)\s+)?quarter$/i.test(text)) return reportPeriod;
  if (/\b(?:previous|last|preceding) quarter\b/i.test(text)) {
    return reportPeriod && previousPeriod(reportPeriod);
  }
  if (/^(?:the\s+)?same\s+(?:point|period|quarter|time)\b/i.test(text)) {
    return reportPeriod && samePeriodLastYear(reportPeriod);
  }
  const ordinal = /^(?:the\s+)?(first|second|third|fourth)\s+quarter(?:\s+of\s+(.+))?$/i.exec(text);
  const quarterLabel = ordinal?.[1]
    ? `Q${ORDINAL[ordinal[1].toLowerCase()]}${ordinal[2] ? ` ${ordinal[2]}` : ''}`
    : text;
  const period =
    parsePeriod(quarterLabel, { reportPeriod, meetingDate }) ?? bareMonth(text, reportPeriod);
  return period && asQuarter(period, reportPeriod);
}
