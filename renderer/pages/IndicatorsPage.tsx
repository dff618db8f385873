// The Indicators section: the performance measures found in imported reports, with which
// direction is good and the latest period the store holds a value for.
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { polarityLabels } from '../format';
import { useListing } from '../hooks/use-listing';
import { useImporter } from '../import/import-context';

export function IndicatorsPage() {
  const { state, reload } = useListing('indicators.list', useImporter().generation);
  return (
    <>
      <PageHeading>Indicators</PageHeading>
      <Loaded state={state} what="indicators" onRetry={reload}>
        {(indicators) =>
          indicators.length === 0 ? (
            <EmptyState title="No indicators yet">
              <p>
                Indicators appear here once a performance report or dashboard has been imported with
                an agenda pack. Each one keeps its values by period, with the page they came from.
              </p>
            </EmptyState>
          ) : (
            <table className="data-table">
              <caption>Indicators, grouped by theme</caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">Theme</th>
                  <th scope="col">Which way is good</th>
                  <th scope="col">Latest period</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <th scope="row">
                      {indicator.name}
                      {indicator.unit && <span className="unit"> ({indicator.unit})</span>}
                    </th>
                    <td>{indicator.theme ?? 'No theme'}</td>
                    <td>{polarityLabels[indicator.polarity]}</td>
                    <td>{indicator.latestPeriod ?? 'No values yet'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </>
  );
}
