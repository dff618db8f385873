// consecutive-decline: N changes for the worse in a row (N + 1 figures), by the stated polarity.
// A missing figure or an unchanged one ends the run; one exception per run, at its newest period.
import type { IndicatorException, IndicatorSeries, SeriesPoint } from '../indicator-series';
import { type Better, isWorse, polarityDirection } from './direction';
import { exceptionAt, hasValue, printedValue, type ValuedPoint, valueEvidence } from './evidence';

export function findConsecutiveDeclines(
  series: IndicatorSeries,
  changesInARow: number,
): IndicatorException[] {
  const better = polarityDirection(series.indicator.polarity);
  if (better === null) return [];
  const found: IndicatorException[] = [];
  let run: ValuedPoint[] = [];
  const closeRun = (): void => {
    if (run.length - 1 >= changesInARow) found.push(declineException(series, run, better));
    run = [];
  };
  let previous: SeriesPoint | null = null;
  for (const point of series.points) {
    if (previous !== null && hasValue(previous) && hasValue(point)) {
      if (isWorse(previous.value, point.value, better)) {
        run = run.length === 0 ? [previous, point] : [...run, point];
      } else {
        closeRun();
      }
    } else {
      closeRun();
    }
    previous = point;
  }
  closeRun();
  return found;
}

function declineException(
  series: IndicatorSeries,
  run: ValuedPoint[],
  better: Better,
): IndicatorException {
  const { name, unit } = series.indicator;
  const first = run[0] as ValuedPoint;
  const last = run[run.length - 1] as ValuedPoint;
  const moved = better === 'higher' ? 'fallen' : 'risen';
  return exceptionAt(
    series,
    last,
    'consecutive-decline',
    `${name} has ${moved} ${run.length - 1} times in a row (${better} is better), from ` +
      `${printedValue(first, unit)} in ${first.period} to ${printedValue(last, unit)} in ` +
      `${last.period}. What is driving the decline, and what is being done about it?`,
    run.map((point) => valueEvidence(point, unit)),
  );
}
