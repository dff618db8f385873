// Building an exception and the evidence behind it, so every rule names its figures and their
// sources the same way and the UI can link each figure to the page it came from.
import type {
  ExceptionRule,
  IndicatorException,
  IndicatorSeries,
  SeriesPoint,
  StatementSource,
} from '../indicator-series';
import { formatValue } from './format';

export type Evidence = IndicatorException['evidence'][number];
export type ValuedPoint = SeriesPoint & { value: number };

export interface RuleSettings {
  consecutiveQuarters: number;
  smallCount: number;
  asOf: string | null;
}

export type SeriesRule = (series: IndicatorSeries, settings: RuleSettings) => IndicatorException[];

export function hasValue(point: SeriesPoint): point is ValuedPoint {
  return point.value !== null;
}

/** Where the point's own figure was stated: a table cell matching it first, then any statement. */
export function valueSource(point: SeriesPoint): StatementSource | null {
  const matching = point.statements.filter((statement) => statement.value === point.value);
  const fromTable = matching.find((statement) => statement.source.kind === 'table');
  return (fromTable ?? matching[0])?.source ?? rowSource(point);
}

/** Where the point's dashboard row was (target, RAG, quartile, trend words live there). */
export function rowSource(point: SeriesPoint): StatementSource | null {
  return point.sources.find((source) => source.kind === 'table') ?? point.sources[0] ?? null;
}

/** The point's figure as printed, with the indicator's unit. */
export function printedValue(point: ValuedPoint, unit: string | null): string {
  return formatValue(point.value, unit, point.valueText);
}

export function valueEvidence(point: ValuedPoint, unit: string | null): Evidence {
  return { label: point.period, value: printedValue(point, unit), source: valueSource(point) };
}

export function exceptionAt(
  series: IndicatorSeries,
  point: SeriesPoint,
  rule: ExceptionRule,
  message: string,
  evidence: Evidence[],
): IndicatorException {
  return {
    rule,
    indicator: { id: series.indicator.id, name: series.indicator.name },
    period: point.period,
    periodKey: point.periodKey,
    periodStart: point.start,
    message,
    evidence,
  };
}

/** The newest point with a figure, or null when none has one. */
export function latestValued(series: IndicatorSeries): ValuedPoint | null {
  return series.points.filter(hasValue).at(-1) ?? null;
}
