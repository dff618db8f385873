// small-numbers: the newest figure rests on a count under the threshold (30 by default), where a
// handful of cases swings a percentage widely, so changes deserve caution.
import type { IndicatorException, IndicatorSeries } from '../indicator-series';
import { exceptionAt, latestValued, printedValue, valueEvidence, valueSource } from './evidence';
import { countNoun, formatCount } from './format';

export function findSmallNumbers(
  series: IndicatorSeries,
  smallCount: number,
): IndicatorException[] {
  const latest = latestValued(series);
  if (latest === null || latest.count === null || latest.count >= smallCount) return [];
  const { name, unit } = series.indicator;
  const hasEarlier = series.points.some((point) => point !== latest && point.value !== null);
  const weightOn = hasEarlier ? 'the change' : 'this figure';
  const count = formatCount(latest.count, unit);
  const basis = countNoun(unit) === null ? `a count of ${count}` : count;
  return [
    exceptionAt(
      series,
      latest,
      'small-numbers',
      `${name} (${printedValue(latest, unit)} in ${latest.period}) is based on ${basis}; small ` +
        `numbers swing widely — how much weight should the committee put on ${weightOn}?`,
      [valueEvidence(latest, unit), { label: 'Count', value: count, source: valueSource(latest) }],
    ),
  ];
}
