// A tiny line of an indicator's values for the scorecard. It is decoration (hidden from screen
// readers): the row states the latest and previous figures and the direction in words.
import { Line, LineChart, YAxis } from 'recharts';
import { seriesColour } from '../../indicators/chart-colours';

export function Sparkline({ values }: { values: (number | null)[] }) {
  if (values.filter((value) => value !== null).length < 2) return null;
  const data = values.map((value, index) => ({ index, value }));
  return (
    <div className="sparkline" aria-hidden="true">
      <LineChart
        width={120}
        height={32}
        data={data}
        accessibilityLayer={false}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      >
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line
          dataKey="value"
          stroke={seriesColour}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
