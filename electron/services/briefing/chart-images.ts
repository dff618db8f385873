// Draws each indicator chart of a briefing once, as the shared SVG and as a PNG rasterised by
// resvg (no browser), so every format embeds the same picture.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { indicatorChartSvg } from '../../../shared/briefing/chart-svg';
import type { Briefing, BriefingIndicator } from '../../../shared/briefing/types';

export interface ChartImage {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
  alt: string;
}

/** The chart's own fonts when the machine has them (fast); every system font otherwise. */
const fontFiles = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
].filter((file) => existsSync(file));
const chartFonts =
  fontFiles.length > 0
    ? { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
    : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };

/** PNG pixels per SVG unit: sharp when printed at the page's width. */
const scale = 2;

export function renderChart(indicator: BriefingIndicator): ChartImage {
  const svg = indicatorChartSvg({
    title: indicator.chart.title,
    description: indicator.chart.description,
    unit: indicator.unit,
    points: indicator.chart.points,
  });
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: chartFonts,
  }).render();
  return {
    svg,
    png: rendered.asPng(),
    width: rendered.width / scale,
    height: rendered.height / scale,
    alt: `Chart: ${indicator.chart.description}`,
  };
}

/**
 * Every chart in the briefing, keyed by indicator id. Yields between charts so a cancel request
 * arriving meanwhile is seen, and stops at the next chart once the signal is aborted.
 */
export async function renderCharts(
  briefing: Briefing,
  onChart?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Map<number, ChartImage>> {
  const indicators = briefing.items.flatMap((item) => item.indicators);
  const charts = new Map<number, ChartImage>();
  for (const [index, indicator] of indicators.entries()) {
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    if (!charts.has(indicator.id)) charts.set(indicator.id, renderChart(indicator));
    onChart?.(index + 1, indicators.length);
  }
  return charts;
}
