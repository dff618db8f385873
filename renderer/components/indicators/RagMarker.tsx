// RAG shown by shape as well as colour and word: a circle for red, a triangle for amber and a
// square for green, both in the chart's markers and beside the word in tables.
import { ragColours } from '../../indicators/chart-colours';
import { ragLabels, type Rag } from '../../indicators/indicator-words';

/** The marker as SVG, centred on (cx, cy); a hollow circle when the period had no RAG. */
export function RagShape({
  cx,
  cy,
  rag,
  colour,
}: {
  cx: number;
  cy: number;
  rag: Rag | null;
  colour: string;
}) {
  if (rag === 'red') return <circle cx={cx} cy={cy} r={6} fill={ragColours.red} />;
  if (rag === 'amber') {
    return (
      <path
        d={`M ${cx} ${cy - 7} L ${cx + 7} ${cy + 5} L ${cx - 7} ${cy + 5} Z`}
        fill={ragColours.amber}
      />
    );
  }
  if (rag === 'green') {
    return <rect x={cx - 5.5} y={cy - 5.5} width={11} height={11} fill={ragColours.green} />;
  }
  return <circle cx={cx} cy={cy} r={4} fill="none" stroke={colour} strokeWidth={2} />;
}

/** "● Red", "▲ Amber", "■ Green" in text: the shape is decoration beside the word. */
export function RagLabel({ rag }: { rag: Rag | null }) {
  if (!rag) return <>Not given</>;
  return (
    <span className={`rag rag-${rag}`}>
      <svg
        className="rag-icon"
        width="14"
        height="14"
        viewBox="0 0 14 14"
        aria-hidden="true"
        focusable="false"
      >
        <RagShape cx={7} cy={7.5} rag={rag} colour="currentColor" />
      </svg>
      {ragLabels[rag]}
    </span>
  );
}
