// count-percent-mismatch: a percentage and its count that move apart by more than a changing
// denominator plausibly explains, or two statements of one period that give different counts.
import type {
  IndicatorException,
  IndicatorSeries,
  SeriesPoint,
  Statement,
} from '../indicator-series';
import { exceptionAt, hasValue, printedValue, valueSource, type ValuedPoint } from './evidence';
import { formatCount, isPercentUnit, sameAtPrintedPrecision } from './format';

/** Count and percentage must each move by more than this (10% relative), in opposite directions. */
export const OPPOSITE_MOVE_THRESHOLD = 0.1;

type Counted = ValuedPoint & { count: number };

export function findCountPercentMismatches(series: IndicatorSeries): IndicatorException[] {
  const movedApart = series.points.flatMap((point, index) => {
    const previous = series.points[index - 1];
    if (previous === undefined || !isCountedPercent(series, previous)) return [];
    if (!isCountedPercent(series, point)) return [];
    return oppositeMoves(series, previous, point);
  });
  return [...movedApart, ...series.points.flatMap((point) => countDisagreements(series, point))];
}

function isCountedPercent(series: IndicatorSeries, point: SeriesPoint): point is Counted {
  const percent = isPercentUnit(series.indicator.unit) || (point.valueText ?? '').includes('%');
  return percent && hasValue(point) && point.count !== null;
}

function oppositeMoves(
  series: IndicatorSeries,
  previous: Counted,
  point: Counted,
): IndicatorException[] {
  if (previous.value === 0 || previous.count === 0) return [];
  const percentMove = (point.value - previous.value) / previous.value;
  const countMove = (point.count - previous.count) / previous.count;
  const large = (move: number): boolean => Math.abs(move) > OPPOSITE_MOVE_THRESHOLD;
  if (!large(percentMove) || !large(countMove) || Math.sign(percentMove) === Math.sign(countMove)) {
    return [];
  }
  const { name } = series.indicator;
  const unit = isPercentUnit(series.indicator.unit) ? series.indicator.unit : '%';
  const moved = (move: number): string =>
    `${move > 0 ? 'rose' : 'fell'} by ${Math.round(Math.abs(move) * 100)}%`;
  return [
    exceptionAt(
      series,
      point,
      'count-percent-mismatch',
      `Between ${previous.period} and ${point.period} the count behind ${name} ` +
        `${moved(countMove)} (${formatCount(previous.count, null)} to ` +
        `${formatCount(point.count, null)}) while the percentage ${percentMove > 0 ? 'rose' : 'fell'} ` +
        `(${printedValue(previous, unit)} to ${printedValue(point, unit)}). Has what the measure ` +
        'is counted over changed, or is one of the figures wrong?',
      [
        {
          label: `${previous.period} percentage`,
          value: printedValue(previous, unit),
          source: valueSource(previous),
        },
        {
          label: `${previous.period} count`,
          value: formatCount(previous.count, null),
          source: valueSource(previous),
        },
        {
          label: `${point.period} percentage`,
          value: printedValue(point, unit),
          source: valueSource(point),
        },
        {
          label: `${point.period} count`,
          value: formatCount(point.count, null),
          source: valueSource(point),
        },
      ],
    ),
  ];
}

/**
 * Two statements of the period that agree on the figure (or leave it out) but give different
 * counts. A later report restating both figure and count is left to restated-value.
 */
function countDisagreements(series: IndicatorSeries, point: SeriesPoint): IndicatorException[] {
  const counted = [...point.statements, ...point.restatements].filter(
    (statement): statement is Statement & { count: number } => statement.count !== null,
  );
  for (const [index, first] of counted.entries()) {
    const second = counted
      .slice(index + 1)
      .find((other) => other.count !== first.count && figuresAgree(first, other));
    if (second === undefined) continue;
    const { name } = series.indicator;
    const describe = (statement: Statement & { count: number }): string =>
      `${formatCount(statement.count, null)} in ${statement.source.fileName} (page ${statement.source.page})`;
    return [
      exceptionAt(
        series,
        point,
        'count-percent-mismatch',
        `The count behind ${name} for ${point.period} is given as ${describe(first)} and as ` +
          `${describe(second)}. Which count is right?`,
        [first, second].map((statement) => ({
          label: `Count, ${statement.source.kind === 'table' ? 'table' : 'text'}`,
          value: formatCount(statement.count, null),
          source: statement.source,
        })),
      ),
    ];
  }
  return [];
}

function figuresAgree(first: Statement, second: Statement): boolean {
  if (first.value === null || second.value === null) return true;
  return sameAtPrintedPrecision(
    { value: first.value, valueText: first.valueText },
    { value: second.value, valueText: second.valueText },
  );
}
