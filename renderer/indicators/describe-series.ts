// The text alternative for an indicator's chart: one sentence a screen reader user (or anyone
// glancing) can take in instead of the picture — the run, its ends, its extremes and the target.
import type { IndicatorSeries, SeriesPoint, Target } from '../../shared/indicator-series';
import { formatValue, meetsTarget, targetInWords } from './indicator-words';

const isQuarter = (point: SeriesPoint): boolean => /-Q[1-4]$/.test(point.periodKey);

function plural(count: number, points: SeriesPoint[]): string {
  const quarters = points.every(isQuarter);
  if (quarters) return count === 1 ? 'quarter' : 'quarters';
  return count === 1 ? 'period' : 'periods';
}

const sameTarget = (a: Target, b: Target): boolean => a.op === b.op && a.value === b.value;

function targetClause(points: SeriesPoint[], unit: string | null): string | null {
  const judged = points.filter(
    (point): point is SeriesPoint & { value: number; target: Target } =>
      point.value !== null && point.target !== null,
  );
  const first = judged[0];
  if (!first) return null;
  const met = judged.filter((point) => meetsTarget(point.value, point.target)).length;
  const noun = plural(judged.length, points);
  const target = judged.every((point) => sameTarget(point.target, first.target))
    ? `target ${targetInWords(first.target, unit)}`
    : 'target';
  const all = judged.length === points.length;
  const each = judged.length === 1 ? `the one ${noun}` : `every ${plural(1, points)}`;
  const scope = `${each}${all ? '' : ' with a figure and a target'}`;
  if (met === judged.length) return `${target} met in ${scope}`;
  if (met === 0) return `${target} missed in ${scope}`;
  return `${target} met in ${met} of ${judged.length} ${noun}`;
}

/**
 * "Re-referrals, 4 quarters from Q1 2021/22 to Q4 2021/22: from 19.7% to 20.1%, highest 20.1% in
 * Q4 2021/22, lowest 19.3% in Q2 2021/22; target below 18.7% missed in every quarter judged."
 */
export function describeSeries({ indicator, points }: IndicatorSeries): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${indicator.name}: no figures yet.`;
  const unit = indicator.unit;
  const span =
    points.length === 1
      ? `1 ${plural(1, points)}, ${first.period}`
      : `${points.length} ${plural(points.length, points)} from ${first.period} to ${last.period}`;

  const valued = points.filter(
    (point): point is SeriesPoint & { value: number } => point.value !== null,
  );
  const parts: string[] = [];
  const firstValued = valued[0];
  const lastValued = valued[valued.length - 1];
  if (!firstValued || !lastValued) {
    parts.push('no figures were given');
  } else if (valued.length === 1) {
    parts.push(`${formatValue(firstValued.value, unit)} in ${firstValued.period}`);
  } else {
    const highest = valued.reduce((best, point) => (point.value > best.value ? point : best));
    const lowest = valued.reduce((best, point) => (point.value < best.value ? point : best));
    parts.push(
      `from ${formatValue(firstValued.value, unit)} to ${formatValue(lastValued.value, unit)}`,
      `highest ${formatValue(highest.value, unit)} in ${highest.period}`,
      `lowest ${formatValue(lowest.value, unit)} in ${lowest.period}`,
    );
  }
  const missing = points.length - valued.length;
  if (missing > 0 && valued.length > 0) {
    parts.push(`no figure for ${missing} ${plural(missing, points)}`);
  }
  const target = targetClause(points, unit);
  return `${indicator.name}, ${span}: ${parts.join(', ')}${target ? `; ${target}` : ''}.`;
}
