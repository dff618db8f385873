// Turns an indicator's series into the rows its chart draws and the legend that explains them,
// so the chart, its tooltip and the exported picture all read from one list.
import type { IndicatorSeries } from '../../shared/indicator-series';
import {
  neighbourColour,
  ragColours,
  seriesColour,
  targetColour,
  type LegendEntry,
} from './chart-colours';
import type { Rag } from './indicator-words';

export interface ChartRow {
  period: string;
  value: number | null;
  valueText: string | null;
  target: number | null;
  targetWords: string | null;
  neighbourAverage: number | null;
  rag: Rag | null;
}

export function chartRows(series: IndicatorSeries): ChartRow[] {
  return series.points.map((point) => ({
    period: point.period,
    value: point.value,
    valueText: point.valueText,
    target: point.target?.value ?? null,
    targetWords: point.target ? `${point.target.op}${point.target.value}` : null,
    neighbourAverage: point.neighbourAverage,
    rag: point.rag,
  }));
}

/** The legend: only the lines the chart draws, then the RAG marker shapes it uses. */
export function chartLegend(rows: ChartRow[]): LegendEntry[] {
  const legend: LegendEntry[] = [{ label: 'Value', colour: seriesColour, style: 'solid' }];
  if (rows.some((row) => row.target !== null)) {
    legend.push({ label: 'Target', colour: targetColour, style: 'stepped' });
  }
  if (rows.some((row) => row.neighbourAverage !== null)) {
    legend.push({ label: 'Neighbour average', colour: neighbourColour, style: 'dashed' });
  }
  const shapes = { red: 'circle', amber: 'triangle', green: 'square' } as const;
  for (const rag of ['red', 'amber', 'green'] as const) {
    if (rows.some((row) => row.rag === rag)) {
      legend.push({
        label: `${rag.charAt(0).toUpperCase()}${rag.slice(1)}`,
        colour: ragColours[rag],
        style: shapes[rag],
      });
    }
  }
  return legend;
}
