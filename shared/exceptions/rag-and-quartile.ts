// rag-worsened and quartile-fell: a worse RAG rating or national quartile than the period before.
// Both compare with the previous period that carried a rating, as ratings are sometimes left blank.
import type { IndicatorException, IndicatorSeries, SeriesPoint } from '../indicator-series';
import { exceptionAt, rowSource } from './evidence';

type Rag = NonNullable<SeriesPoint['rag']>;
const RAG_RANK: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

export function findRagWorsened(series: IndicatorSeries): IndicatorException[] {
  const { name } = series.indicator;
  return pairsWith(series, (point) => point.rag).flatMap(([before, after]) => {
    if (before.rag === null || after.rag === null) return [];
    if (RAG_RANK[after.rag] <= RAG_RANK[before.rag]) return [];
    return [
      exceptionAt(
        series,
        after,
        'rag-worsened',
        `${name} moved from ${before.rag} in ${before.period} to ${after.rag} in ` +
          `${after.period}. What has changed, and what is the plan to recover?`,
        [
          { label: `RAG status, ${before.period}`, value: before.rag, source: rowSource(before) },
          { label: `RAG status, ${after.period}`, value: after.rag, source: rowSource(after) },
        ],
      ),
    ];
  });
}

/** Quartile 1 is best whatever the polarity, so a higher quartile number is a fall. */
export function findQuartileFell(series: IndicatorSeries): IndicatorException[] {
  const { name } = series.indicator;
  return pairsWith(series, (point) => point.quartile).flatMap(([before, after]) => {
    if (before.quartile === null || after.quartile === null) return [];
    if (after.quartile <= before.quartile) return [];
    return [
      exceptionAt(
        series,
        after,
        'quartile-fell',
        `${name} fell from national quartile ${before.quartile} in ${before.period} to ` +
          `quartile ${after.quartile} in ${after.period} (quartile 1 is best). Why has it ` +
          'fallen behind other councils?',
        [
          {
            label: `Quartile, ${before.period}`,
            value: before.quartile,
            source: rowSource(before),
          },
          { label: `Quartile, ${after.period}`, value: after.quartile, source: rowSource(after) },
        ],
      ),
    ];
  });
}

/** Each point that has the field, paired with the previous point that has it. */
function pairsWith<T>(
  series: IndicatorSeries,
  field: (point: SeriesPoint) => T | null,
): [SeriesPoint, SeriesPoint][] {
  const pairs: [SeriesPoint, SeriesPoint][] = [];
  let before: SeriesPoint | null = null;
  for (const point of series.points) {
    if (field(point) === null) continue;
    if (before !== null) pairs.push([before, point]);
    before = point;
  }
  return pairs;
}
