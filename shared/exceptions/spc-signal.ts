// spc-signal: special-cause variation on an XmR chart of the indicator's run of figures, worded as a
// question. Not for year-to-date or rolling measures, whose figures are not independent.
import type { IndicatorException, IndicatorSeries } from '../indicator-series';
import { type Better, betterDirection } from './direction';
import {
  type Evidence,
  exceptionAt,
  hasValue,
  printedValue,
  type ValuedPoint,
  valueEvidence,
} from './evidence';
import { decimalsPrinted, formatValue } from './format';
import { type XmrLimits, type XmrSignal, xmrLimits, xmrSignals } from './xmr';

export function findSpcSignals(series: IndicatorSeries): IndicatorException[] {
  if (series.indicator.cumulative) return [];
  const valued = series.points.filter(hasValue);
  const values = valued.map((point) => point.value);
  const limits = xmrLimits(values);
  if (limits === null) return [];
  const decimals = Math.max(
    1,
    ...valued.map((point) => decimalsPrinted(point.value, point.valueText)),
  );
  const chart: Chart = {
    series,
    valued,
    limits,
    better: betterDirection(series),
    figure: (value) => formatValue(value, series.indicator.unit, null, decimals),
  };
  return xmrSignals(values, limits).map((signal) => signalException(chart, signal));
}

interface Chart {
  series: IndicatorSeries;
  valued: ValuedPoint[];
  limits: XmrLimits;
  better: Better | null;
  figure: (value: number) => string;
}

function signalException(chart: Chart, signal: XmrSignal): IndicatorException {
  const { series, valued, limits, figure } = chart;
  const { name, unit } = series.indicator;
  const first = valued[signal.from] as ValuedPoint;
  const last = valued[signal.to] as ValuedPoint;
  const up = signal.direction === 'up';
  const limit = up ? limits.upper : limits.lower;
  const limitName = up ? 'upper control limit' : 'lower control limit';
  const span = valued.slice(signal.from, signal.to + 1);
  const count = span.length;
  let finding: string;
  let shown: ValuedPoint[] = span;
  switch (signal.kind) {
    case 'outside-limits':
      finding =
        `${name} was ${printedValue(last, unit)} in ${last.period}, ${up ? 'above' : 'below'} ` +
        `the ${limitName} of ${figure(limit)} (average ${figure(limits.mean)}). That is more ` +
        'than normal variation explains.';
      break;
    case 'run-one-side':
      finding =
        `${name} has been ${up ? 'above' : 'below'} its average of ${figure(limits.mean)} for ` +
        `${count} periods in a row, from ${first.period} to ${last.period}. That suggests a ` +
        'real shift rather than chance.';
      break;
    case 'trend':
      finding =
        `${name} has ${up ? 'risen' : 'fallen'} ${count - 1} times in a row, from ` +
        `${printedValue(first, unit)} in ${first.period} to ${printedValue(last, unit)} in ` +
        `${last.period}. That is a trend rather than chance.`;
      break;
    case 'two-of-three': {
      const near = up
        ? limits.mean + ((limits.upper - limits.mean) * 2) / 3
        : limits.mean - ((limits.mean - limits.lower) * 2) / 3;
      shown = span.filter((point) => (up ? point.value > near : point.value < near));
      finding =
        `${name} was ${listFigures(shown, unit)}: close to the ${limitName} of ` +
        `${figure(limit)} in two of three periods in a row. That can signal a shift before a ` +
        'figure crosses the limit.';
      break;
    }
  }
  const trial = limits.trial
    ? ` These are trial limits from ${limits.pointCount} figures, so treat them with caution.`
    : '';
  const evidence: Evidence[] = [
    ...shown.map((point) => valueEvidence(point, unit)),
    { label: 'Average', value: figure(limits.mean), source: null },
    {
      label: up ? 'Upper control limit' : 'Lower control limit',
      value: figure(limit),
      source: null,
    },
  ];
  return exceptionAt(
    series,
    last,
    'spc-signal',
    `${finding} ${question(signal.direction, chart.better)}${trial}`,
    evidence,
  );
}

function question(direction: 'up' | 'down', better: Better | null): string {
  if (better === null) return 'What caused it?';
  const improved = (direction === 'up') === (better === 'higher');
  return improved
    ? 'What caused the improvement, and can it be kept up?'
    : 'What caused it, and what is being done about it?';
}

/** "22.4% in Q2 2021/22 and 22.9% in Q3 2021/22". */
function listFigures(points: ValuedPoint[], unit: string | null): string {
  const figures = points.map((point) => `${printedValue(point, unit)} in ${point.period}`);
  if (figures.length < 2) return figures.join('');
  return `${figures.slice(0, -1).join(', ')} and ${figures[figures.length - 1]}`;
}
