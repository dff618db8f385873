// A tiny line of an indicator's values for the scorecard. It is decoration (hidden from screen
// readers): the row states the latest and previous figures and the direction in words. Drawn as a
// plain polyline: sixty charting components made the scorecard several times slower to appear.
import { seriesColour } from '../../indicators/chart-colours';

const width = 120;
const height = 32;
const inset = 4;

/** Points for the values present, scaled into the box; gaps (null) break the line. */
export function sparklinePaths(values: (number | null)[]): string[] {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2) return [];
  const low = Math.min(...present);
  const span = Math.max(...present) - low || 1;
  const step = (width - 2 * inset) / Math.max(values.length - 1, 1);
  const paths: string[] = [];
  let current: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 1) paths.push(current.join(' '));
      current = [];
      return;
    }
    const x = inset + index * step;
    const y = height - inset - ((value - low) / span) * (height - 2 * inset);
    current.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  if (current.length > 1) paths.push(current.join(' '));
  return paths;
}

export function Sparkline({ values }: { values: (number | null)[] }) {
  const paths = sparklinePaths(values);
  if (paths.length === 0) return null;
  return (
    <div className="sparkline" aria-hidden="true">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
        {paths.map((points) => (
          <polyline
            key={points}
            points={points}
            fill="none"
            stroke={seriesColour}
            strokeWidth={2}
          />
        ))}
      </svg>
    </div>
  );
}
