// worse-than-neighbours: the newest figure is worse than the statistical-neighbour average, judged
// by the polarity or, failing that, the target's operator. Equal figures are not worse.
import type { IndicatorException, IndicatorSeries } from '../indicator-series';
import { betterDirection, isWorse } from './direction';
import { exceptionAt, latestValued, printedValue, rowSource, valueEvidence } from './evidence';
import { formatValue } from './format';

export function findWorseThanNeighbours(series: IndicatorSeries): IndicatorException[] {
  const better = betterDirection(series);
  const latest = latestValued(series);
  if (better === null || latest === null || latest.neighbourAverage === null) return [];
  if (!isWorse(latest.neighbourAverage, latest.value, better)) return [];
  const { name, unit } = series.indicator;
  const average = formatValue(latest.neighbourAverage, unit);
  return [
    exceptionAt(
      series,
      latest,
      'worse-than-neighbours',
      `${name} was ${printedValue(latest, unit)} in ${latest.period}, worse than the ` +
        `statistical neighbour average of ${average} (${better} is better). Why is the council ` +
        'behind similar councils, and what can it learn from them?',
      [
        valueEvidence(latest, unit),
        { label: 'Statistical neighbour average', value: average, source: rowSource(latest) },
      ],
    ),
  ];
}
