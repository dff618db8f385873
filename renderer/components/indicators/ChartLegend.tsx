// The chart's legend as text with small samples of each line and marker, drawn from the same
// entries as the legend inside exported pictures.
import type { LegendEntry } from '../../indicators/chart-colours';

function Sample({ entry }: { entry: LegendEntry }) {
  const colour = entry.colour;
  switch (entry.style) {
    case 'circle':
      return <circle cx={12} cy={8} r={6} fill={colour} />;
    case 'triangle':
      return <path d="M 12 1 L 19 13 L 5 13 Z" fill={colour} />;
    case 'square':
      return <rect x={6.5} y={2.5} width={11} height={11} fill={colour} />;
    case 'stepped':
      return <path d="M 0 12 H 12 V 4 H 24" fill="none" stroke={colour} strokeWidth={2} />;
    default:
      return (
        <line
          x1={0}
          y1={8}
          x2={24}
          y2={8}
          stroke={colour}
          strokeWidth={2}
          strokeDasharray={entry.style === 'dashed' ? '6 4' : undefined}
        />
      );
  }
}

export function ChartLegend({ legend }: { legend: LegendEntry[] }) {
  return (
    <ul className="chart-legend" aria-label="Key">
      {legend.map((entry) => (
        <li key={entry.label}>
          <svg width="24" height="16" aria-hidden="true" focusable="false">
            <Sample entry={entry} />
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
