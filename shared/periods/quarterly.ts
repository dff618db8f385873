// Monthly and quarterly figures sit in one series; to compare quarter with quarter, each quarter
// takes its own printed figure, or where only months were printed, its last month's figure, and
// says so. Financial quarters (April–June is Q1).
import { quarterHolding } from './build';

export interface DatedFigure {
  periodKey: string;
  period: string;
  start: string;
  end: string;
  value: number | null;
}

export interface QuarterFigure {
  /** "2023-24-Q2" */
  quarterKey: string;
  /** "Q2 2023/24" */
  quarter: string;
  value: number | null;
  /** The month whose figure stands for the quarter ("Sep 2023"); null for a printed quarter. */
  fromMonth: string | null;
}

const isMonth = (point: DatedFigure): boolean => /^\d{4}-\d{2}$/.test(point.periodKey);
const isQuarter = (point: DatedFigure): boolean => /^\d{4}-\d{2}-Q[1-4]$/.test(point.periodKey);

function quarterOfMonth(point: DatedFigure): { key: string; label: string; last: boolean } {
  const [year, month] = point.periodKey.split('-').map(Number);
  const quarter = quarterHolding({ year: year ?? 0, month: month ?? 1 });
  return { key: quarter.key, label: quarter.label, last: quarter.end === point.end };
}

/**
 * One figure per financial quarter, oldest first: the quarter's own figure where printed, else
 * the figure of the quarter's last month. Quarters with neither are left out.
 */
export function quarterOnQuarter(points: readonly DatedFigure[]): QuarterFigure[] {
  const quarters = new Map<string, QuarterFigure & { end: string }>();
  for (const point of points) {
    if (isQuarter(point)) {
      quarters.set(point.periodKey, {
        quarterKey: point.periodKey,
        quarter: point.period,
        value: point.value,
        fromMonth: null,
        end: point.end,
      });
    }
  }
  for (const point of points) {
    if (!isMonth(point)) continue;
    const quarter = quarterOfMonth(point);
    if (!quarter.last || quarters.has(quarter.key)) continue;
    quarters.set(quarter.key, {
      quarterKey: quarter.key,
      quarter: quarter.label,
      value: point.value,
      fromMonth: point.period,
      end: point.end,
    });
  }
  return [...quarters.values()]
    .sort((a, b) => a.end.localeCompare(b.end))
    .map(({ end: _end, ...figure }) => figure);
}

/** Whether a series mixes in months, so a quarter-on-quarter view says something new. */
export function hasMonths(points: readonly DatedFigure[]): boolean {
  return points.some(isMonth);
}
