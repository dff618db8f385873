// Quarter on quarter for a series that mixes in months: each quarter's own figure, or where only
// months were printed, the figure of the quarter's last month, saying so beside it.
import { useMemo } from 'react';
import type { IndicatorSeries } from '../../../shared/indicator-series';
import { hasMonths, quarterOnQuarter } from '../../../shared/periods';
import { formatValue } from '../../indicators/indicator-words';

export function QuarterTable({
  series,
  captionId,
}: {
  series: IndicatorSeries;
  captionId: string;
}) {
  const quarters = useMemo(() => quarterOnQuarter(series.points), [series]);
  if (!hasMonths(series.points)) return null;
  const { unit } = series.indicator;
  const fromMonths = quarters.some((quarter) => quarter.fromMonth !== null);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table quarter-table">
        <caption id={captionId}>{series.indicator.name}: quarter on quarter</caption>
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Value</th>
            <th scope="col">Taken from</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter) => (
            <tr key={quarter.quarterKey}>
              <th scope="row" className="nowrap">
                {quarter.quarter}
              </th>
              <td>{formatValue(quarter.value, unit)}</td>
              <td>
                {quarter.fromMonth
                  ? `${quarter.fromMonth}, the quarter’s last month (only months were printed)`
                  : 'The figure printed for the quarter'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {fromMonths && (
        <p className="hint">
          Where a report printed only monthly figures, each quarter shows its last month’s figure.
        </p>
      )}
      {quarters.length === 0 && <p>No quarter has a figure for its last month yet.</p>}
    </div>
  );
}
