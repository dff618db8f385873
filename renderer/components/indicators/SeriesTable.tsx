// The chart's data as a table, one row per period: value, count, target, RAG, quartile and
// neighbour average, the trend word the report printed, and where each figure was stated.
import type { IndicatorSeries, SeriesPoint } from '../../../shared/indicator-series';
import { formatDate } from '../../format';
import {
  formatValue,
  neighbourGapInWords,
  quartileInWords,
  targetInWords,
} from '../../indicators/indicator-words';
import { SourceButton } from '../source/SourceButton';
import { RagLabel } from './RagMarker';

function Restatement({
  restatement,
  unit,
}: {
  restatement: SeriesPoint['restatements'][number];
  unit: string | null;
}) {
  const { source } = restatement;
  const where = source.meetingDate
    ? `the papers for ${formatDate(source.meetingDate)}`
    : source.fileName;
  return (
    <p className="restatement">
      Restated as {formatValue(restatement.value, unit, restatement.valueText)} in {where}{' '}
      <SourceButton source={source} />
    </p>
  );
}

function PointRow({ point, unit }: { point: SeriesPoint; unit: string | null }) {
  const trend = [point.statedTrend, point.statedChange].filter(Boolean).join(', ');
  return (
    <tr>
      <th scope="row" className="nowrap">
        {point.period}
      </th>
      <td>
        {formatValue(point.value, unit, point.valueText)}
        {point.restatements.map((restatement, index) => (
          <Restatement key={index} restatement={restatement} unit={unit} />
        ))}
      </td>
      <td>{point.count ?? '–'}</td>
      <td>{point.target ? targetInWords(point.target, unit) : 'None'}</td>
      <td>
        <RagLabel rag={point.rag} />
      </td>
      <td>{point.quartile ? quartileInWords(point.quartile) : '–'}</td>
      <td>
        {point.neighbourAverage === null ? '–' : formatValue(point.neighbourAverage, unit)}
        {point.neighbourAverage !== null && point.value !== null && (
          <span className="hint-inline">
            {' '}
            ({neighbourGapInWords(point.value, point.neighbourAverage, unit).toLowerCase()})
          </span>
        )}
      </td>
      <td>{trend || '–'}</td>
      <td>
        {point.sources.length === 0
          ? 'Not recorded'
          : point.sources.map((source, index) => <SourceButton key={index} source={source} />)}
      </td>
    </tr>
  );
}

export function SeriesTable({ series, captionId }: { series: IndicatorSeries; captionId: string }) {
  const { unit } = series.indicator;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table series-table">
        <caption id={captionId}>{series.indicator.name}: values by period</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Value</th>
            <th scope="col">Count</th>
            <th scope="col">Target</th>
            <th scope="col">RAG</th>
            <th scope="col">Quartile</th>
            <th scope="col">Neighbour average</th>
            <th scope="col">Stated trend</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((point) => (
            <PointRow key={point.periodKey} point={point} unit={unit} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
