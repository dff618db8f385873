// missed-target: a figure on the wrong side of its target, by the target's operator. Fires for every
// period that missed, so the history of misses is visible, not only the latest one.
import type { IndicatorException, IndicatorSeries } from '../indicator-series';
import { describeTarget, meetsTarget } from './direction';
import { exceptionAt, hasValue, printedValue, rowSource, valueEvidence } from './evidence';

export function findMissedTargets(series: IndicatorSeries): IndicatorException[] {
  const { name, unit, polarity } = series.indicator;
  let previousMet: boolean | null = null;
  const found: IndicatorException[] = [];
  for (const point of series.points) {
    if (!hasValue(point) || point.target === null) continue;
    const met = meetsTarget(point.value, point.target, polarity);
    if (!met) {
      const target = describeTarget(point.target, unit);
      const ask = previousMet === true ? 'bring it back within target' : 'bring it within target';
      found.push(
        exceptionAt(
          series,
          point,
          'missed-target',
          `${name} was ${printedValue(point, unit)} in ${point.period} against a target of ` +
            `${target}. What is being done to ${ask}?`,
          [
            valueEvidence(point, unit),
            { label: 'Target', value: target, source: rowSource(point) },
          ],
        ),
      );
    }
    previousMet = met;
  }
  return found;
}
