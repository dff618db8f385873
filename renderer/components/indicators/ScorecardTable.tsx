// One theme's indicators on the scorecard: latest and previous figures with their periods, the
// direction, RAG, quartile and neighbour gap in words, and how many questions the app suggests.
import {
  directionLabels,
  formatValue,
  neighbourGapInWords,
  quartileInWords,
  questionsToAsk,
  targetInWords,
  type Direction,
  type IndicatorSummary,
} from '../../indicators/indicator-words';
import { indicatorHref } from '../../sections';
import { RagLabel } from './RagMarker';
import { Sparkline } from './Sparkline';

const arrows: Record<Direction, string> = {
  improved: '↑',
  worsened: '↓',
  unchanged: '→',
  changed: '↕',
};

function DirectionCell({ direction }: { direction: IndicatorSummary['direction'] }) {
  if (!direction) return <td>–</td>;
  return (
    <td className={`direction direction-${direction}`}>
      <span aria-hidden="true">{arrows[direction]} </span>
      {directionLabels[direction]}
    </td>
  );
}

function ScorecardRow({ indicator }: { indicator: IndicatorSummary }) {
  const { latest, previous, unit } = indicator;
  return (
    <tr>
      <th scope="row">
        <a href={indicatorHref(indicator.id)}>{indicator.name}</a>
        <Sparkline values={indicator.sparkline} />
      </th>
      <td>
        {latest ? (
          <>
            <span className="figure">{formatValue(latest.value, unit, latest.valueText)}</span>
            <span className="figure-period">{latest.period}</span>
            {latest.target && (
              <span className="figure-period">Target {targetInWords(latest.target, unit)}</span>
            )}
          </>
        ) : (
          'No values yet'
        )}
      </td>
      <td>
        {previous ? (
          <>
            <span className="figure">{formatValue(previous.value, unit, previous.valueText)}</span>
            <span className="figure-period">{previous.period}</span>
          </>
        ) : (
          '–'
        )}
      </td>
      <DirectionCell direction={indicator.direction} />
      <td>
        <RagLabel rag={latest?.rag ?? null} />
      </td>
      <td>{latest?.quartile ? quartileInWords(latest.quartile) : '–'}</td>
      <td>
        {latest?.value != null && latest.neighbourAverage !== null
          ? neighbourGapInWords(latest.value, latest.neighbourAverage, unit)
          : '–'}
      </td>
      <td>
        {indicator.exceptionCount > 0 ? (
          <a href={indicatorHref(indicator.id, 'exceptions')}>
            {questionsToAsk(indicator.exceptionCount)}
          </a>
        ) : (
          'None'
        )}
      </td>
    </tr>
  );
}

export function ScorecardTable({
  labelledBy,
  indicators,
}: {
  labelledBy: string;
  indicators: IndicatorSummary[];
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table scorecard" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Latest</th>
            <th scope="col">Previous</th>
            <th scope="col">Direction</th>
            <th scope="col">RAG</th>
            <th scope="col">National quartile</th>
            <th scope="col">Against neighbours</th>
            <th scope="col">Questions to ask</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <ScorecardRow key={indicator.id} indicator={indicator} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
