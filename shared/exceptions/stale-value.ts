// stale-value: the newest figure is for a period that ended more than a quarter before the newest
// report's period end, so the dashboard is carrying an old figure. Needs `asOf` to know "now".
import type { IndicatorException, IndicatorSeries } from '../indicator-series';
import { exceptionAt, latestValued, valueEvidence } from './evidence';
import { formatDate } from './format';

const QUARTER_MONTHS = 3;

export function findStaleValue(series: IndicatorSeries, asOf: string | null): IndicatorException[] {
  const latest = latestValued(series);
  if (asOf === null || latest === null) return [];
  const oldestFresh = monthsBefore(asOf, QUARTER_MONTHS);
  if (oldestFresh === null || latest.end >= oldestFresh) return [];
  const { name, unit } = series.indicator;
  return [
    exceptionAt(
      series,
      latest,
      'stale-value',
      `The latest figure for ${name} is for ${latest.period}, which ended on ` +
        `${formatDate(latest.end)}, more than a quarter before ${formatDate(asOf)}. When will ` +
        'an up-to-date figure be reported?',
      [
        valueEvidence(latest, unit),
        { label: 'Period ended', value: formatDate(latest.end), source: null },
        { label: 'Report period ended', value: formatDate(asOf), source: null },
      ],
    ),
  ];
}

/** The same day some months earlier (clamped to the month's end), as YYYY-MM-DD; null if unreadable. */
export function monthsBefore(isoDate: string, months: number): string | null {
  const parts = isoDate.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!parts) return null;
  const monthIndex = Number(parts[1]) * 12 + Number(parts[2]) - 1 - months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(parts[3]), daysInMonth);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}
