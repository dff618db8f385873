// restated-value: a later report printed a different figure for a period already reported. Both
// figures are kept; the question asks which is right. Differences only in precision are ignored.
import type {
  IndicatorException,
  IndicatorSeries,
  Statement,
  StatementSource,
} from '../indicator-series';
import { exceptionAt, hasValue, printedValue, valueSource } from './evidence';
import { formatDate, formatValue, sameAtPrintedPrecision } from './format';

export function findRestatedValues(series: IndicatorSeries): IndicatorException[] {
  const { name, unit } = series.indicator;
  return series.points.flatMap((point) => {
    if (!hasValue(point)) return [];
    const restated = point.restatements
      .filter((statement): statement is Statement & { value: number } => statement.value !== null)
      .filter((statement) => !sameAtPrintedPrecision(statement, point));
    if (restated.length === 0) return [];
    const original = { value: printedValue(point, unit), source: valueSource(point) };
    const later = restated.map((statement) => ({
      value: formatValue(statement.value, unit, statement.valueText),
      source: statement.source,
    }));
    const reports = [original, ...later].map(
      (figure) => `as ${figure.value} in ${whichPack(figure.source)}`,
    );
    return [
      exceptionAt(
        series,
        point,
        'restated-value',
        `${name} for ${point.period} was reported ${reports.slice(0, -1).join(', ')} and ` +
          `${reports[reports.length - 1]}. Which is right, and why did it change?`,
        [original, ...later].map((figure) => ({
          label: `Reported in ${whichPack(figure.source)}`,
          value: figure.value,
          source: figure.source,
        })),
      ),
    ];
  });
}

/** "the 8 March 2022 pack", or the file's name when the meeting is not known. */
function whichPack(source: StatementSource | null): string {
  if (source === null) return 'an earlier report';
  if (source.meetingDate !== null) return `the ${formatDate(source.meetingDate)} pack`;
  return source.fileName;
}
