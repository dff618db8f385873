// The picture of an indicator's run: values as a line with markers shaped by RAG, the target as
// a stepped line and the neighbour average dashed, period labels as printed. It takes the width it
// is given, down to a minimum below which its own labelled region scrolls (never the page).
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TooltipContentProps } from 'recharts';
import { neighbourColour, seriesColour, targetColour } from '../../indicators/chart-colours';
import type { ChartRow } from '../../indicators/chart-rows';
import { formatValue, ragLabels } from '../../indicators/indicator-words';
import { RagShape } from './RagMarker';

/** The size drawn before the width is measured (and where it cannot be, as in jsdom). */
export const chartSize = { width: 720, height: 320 };
/** Narrower than this, period labels collide; 280px fits a 320px window with its margins. */
const minimumWidth = 280;

interface IndicatorChartProps {
  rows: ChartRow[];
  unit: string | null;
  /** The chart's <title> and <desc>, carried into exported files. */
  title: string;
  description: string;
}

function unitLabel(unit: string | null): string | null {
  if (unit === '%') return 'Per cent';
  return unit;
}

interface PeriodTooltipProps {
  active: boolean | undefined;
  payload: TooltipContentProps<number, string>['payload'] | undefined;
  unit: string | null;
}

function PeriodTooltip({ active, payload, unit }: PeriodTooltipProps) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-period">{row.period}</p>
      <p>Value: {formatValue(row.value, unit, row.valueText)}</p>
      <p>RAG: {row.rag ? ragLabels[row.rag] : 'Not given'}</p>
      {row.target !== null && (
        <p>
          Target: {row.targetWords}
          {unit === '%' ? '%' : ''}
        </p>
      )}
      {row.neighbourAverage !== null && (
        <p>Neighbour average: {formatValue(row.neighbourAverage, unit)}</p>
      )}
    </div>
  );
}

export function IndicatorChart({ rows, unit, title, description }: IndicatorChartProps) {
  const yLabel = unitLabel(unit);
  return (
    <div className="chart-scroll" role="region" aria-label={title} tabIndex={0}>
      <ResponsiveContainer
        width="100%"
        height={chartSize.height}
        minWidth={minimumWidth}
        initialDimension={chartSize}
      >
        <LineChart
          data={rows}
          title={title}
          desc={description}
          margin={{ top: 16, right: 24, bottom: 8, left: 16 }}
          className="indicator-chart"
        >
          <CartesianGrid stroke="currentColor" strokeOpacity={0.2} vertical={false} />
          <XAxis dataKey="period" stroke="currentColor" tick={{ fill: 'currentColor' }} />
          <YAxis
            stroke="currentColor"
            tick={{ fill: 'currentColor' }}
            unit={unit === '%' ? '%' : undefined}
            domain={['auto', 'auto']}
            // Room for the unit's label beside the tick values rather than over them.
            width={yLabel ? 88 : 60}
            label={
              yLabel
                ? { value: yLabel, angle: -90, position: 'insideLeft', fill: 'currentColor' }
                : undefined
            }
          />
          <Tooltip
            content={({ active, payload }) => (
              <PeriodTooltip active={active} payload={payload} unit={unit} />
            )}
          />
          <Line
            name="Target"
            dataKey="target"
            type="stepAfter"
            stroke={targetColour}
            strokeWidth={2}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line
            name="Neighbour average"
            dataKey="neighbourAverage"
            type="linear"
            stroke={neighbourColour}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line
            name="Value"
            dataKey="value"
            type="linear"
            stroke={seriesColour}
            strokeWidth={2.5}
            isAnimationActive={false}
            dot={({ cx, cy, index, payload }) =>
              cx === undefined || cy === undefined ? null : (
                <RagShape
                  key={index}
                  cx={Number(cx)}
                  cy={Number(cy)}
                  rag={(payload as ChartRow).rag}
                  colour={seriesColour}
                />
              )
            }
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
