// The chart's colours, fixed so the exported picture matches the screen: each has at least 3:1
// contrast against both the light and the dark background, and RAG also differs by marker shape.
import type { Rag } from './indicator-words';

export const seriesColour = '#3a7bd5';
export const neighbourColour = '#8a5cc2';
/** The target line and axes use the text colour of the theme (currentColor). */
export const targetColour = 'currentColor';

export const ragColours: Record<Rag, string> = {
  red: '#d4351c',
  amber: '#b85c00',
  green: '#1d8547',
};

/** What the chart's legend shows, for the screen and for the exported picture alike. */
export interface LegendEntry {
  label: string;
  colour: string;
  /** A line sample for lines, the marker's shape for RAG. */
  style: 'solid' | 'stepped' | 'dashed' | 'circle' | 'triangle' | 'square';
}
