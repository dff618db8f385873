// An indicator's run of values, as a chart with its text alternative or as a data table (the
// member chooses), and the chart saved as an SVG or PNG file for a briefing.
import { useId, useMemo, useRef, useState } from 'react';
import type { IndicatorSeries } from '../../../shared/indicator-series';
import { messageOf } from '../../api';
import { chartSvgMarkup, fileNameFor, saveBlob, svgToPng } from '../../indicators/chart-export';
import { chartLegend, chartRows } from '../../indicators/chart-rows';
import { describeSeries } from '../../indicators/describe-series';
import { ErrorAlert } from '../Loaded';
import { ChartLegend } from './ChartLegend';
import { IndicatorChart } from './IndicatorChart';
import { QuarterTable } from './QuarterTable';
import { SeriesTable } from './SeriesTable';
import { hasMonths } from '../../../shared/periods';

/** The theme's text and background colours, written into exported pictures. */
function themeColours(): { text: string; background: string } {
  const style = getComputedStyle(document.body);
  return {
    text: style.color || '#0b0c0c',
    background:
      style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)'
        ? style.backgroundColor
        : '#ffffff',
  };
}

export function SeriesView({ series }: { series: IndicatorSeries }) {
  const [asTable, setAsTable] = useState(false);
  const [byQuarter, setByQuarter] = useState(false);
  const quarterCaptionId = useId();
  const [exportError, setExportError] = useState<string | null>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const tableCaptionId = useId();
  const rows = useMemo(() => chartRows(series), [series]);
  const legend = useMemo(() => chartLegend(rows), [rows]);
  const altText = useMemo(() => describeSeries(series), [series]);
  const title = `${series.indicator.name}: values by period`;
  const fileName = fileNameFor(series.indicator.name);

  const exported = () => {
    const svg = chartBox.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) throw new Error('The chart has not been drawn yet.');
    return chartSvgMarkup(svg, legend, themeColours());
  };

  const downloadSvg = (): void => {
    setExportError(null);
    try {
      const { markup } = exported();
      saveBlob(new Blob([markup], { type: 'image/svg+xml' }), `${fileName}.svg`);
    } catch (error) {
      setExportError(`The chart could not be saved. ${messageOf(error)}`);
    }
  };

  const downloadPng = async (): Promise<void> => {
    setExportError(null);
    try {
      const { markup, width, height } = exported();
      saveBlob(await svgToPng(markup, { width, height }), `${fileName}.png`);
    } catch (error) {
      setExportError(`The chart could not be saved as a picture. ${messageOf(error)}`);
    }
  };

  return (
    <section className="indicator-part" aria-labelledby="values-by-period">
      <h2 id="values-by-period">Values by period</h2>
      <div className="view-switch" role="group" aria-label="Show the values">
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={!asTable}
          onClick={() => setAsTable(false)}
        >
          Show as a chart
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={asTable}
          onClick={() => setAsTable(true)}
        >
          Show as a table
        </button>
        {hasMonths(series.points) && (
          <button
            type="button"
            className="button button-secondary"
            aria-pressed={byQuarter}
            onClick={() => setByQuarter(!byQuarter)}
          >
            Quarter on quarter
          </button>
        )}
      </div>
      {byQuarter && <QuarterTable series={series} captionId={quarterCaptionId} />}
      {/* The chart stays drawn while the table is shown, so it can still be saved. */}
      <figure className="indicator-figure" aria-labelledby={captionId} hidden={asTable}>
        <div className="chart-box" ref={chartBox}>
          <IndicatorChart
            rows={rows}
            unit={series.indicator.unit}
            title={title}
            description={altText}
          />
        </div>
        <ChartLegend legend={legend} />
        <figcaption id={captionId} className="chart-caption">
          {altText}
        </figcaption>
      </figure>
      {asTable && <SeriesTable series={series} captionId={tableCaptionId} />}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={downloadSvg}>
          Download chart as SVG
        </button>
        <button type="button" className="button button-secondary" onClick={downloadPng}>
          Download chart as PNG
        </button>
      </div>
      {exportError && <ErrorAlert message={exportError} />}
    </section>
  );
}
