// narrative-contradiction: one document's narrative and its own table give different figures for
// the same period. Figures are compared at the coarser precision printed, so "95%" agrees with 94.6.
import type { IndicatorException, IndicatorSeries, Statement } from '../indicator-series';
import { exceptionAt } from './evidence';
import { formatValue, sameAtPrintedPrecision } from './format';

type ValuedStatement = Statement & { value: number };

export function findNarrativeContradictions(series: IndicatorSeries): IndicatorException[] {
  const { name, unit } = series.indicator;
  return series.points.flatMap((point) => {
    const valued = point.statements.filter((s): s is ValuedStatement => s.value !== null);
    const documentIds = [...new Set(valued.map((statement) => statement.source.documentId))];
    return documentIds.flatMap((documentId) => {
      const inDocument = valued.filter((statement) => statement.source.documentId === documentId);
      const tables = inDocument.filter((statement) => statement.source.kind === 'table');
      const narratives = inDocument.filter((statement) => statement.source.kind === 'narrative');
      for (const narrative of narratives) {
        const table = tables.find((candidate) => !sameAtPrintedPrecision(candidate, narrative));
        if (table === undefined) continue;
        const said = formatValue(narrative.value, unit, narrative.valueText);
        const tabled = formatValue(table.value, unit, table.valueText);
        return [
          exceptionAt(
            series,
            point,
            'narrative-contradiction',
            `${narrative.source.fileName} gives ${name} for ${point.period} as ${said} in its ` +
              `text (page ${narrative.source.page}) but ${tabled} in its table (page ` +
              `${table.source.page}). Which figure is right?`,
            [
              { label: 'In the text', value: said, source: narrative.source },
              { label: 'In the table', value: tabled, source: table.source },
            ],
          ),
        ];
      }
      return [];
    });
  });
}
