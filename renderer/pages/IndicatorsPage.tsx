// The Indicators section as a scorecard: the performance measures found in imported dashboards,
// grouped by theme, each with its latest figures judged in words and a link to its whole run.
import { useState } from 'react';
import { EmptyState } from '../components/EmptyState';
import { CouncilChooser } from '../components/indicators/CouncilChooser';
import { councilKey, councilOptions } from '../components/indicators/council-choice';
import { ScorecardTable } from '../components/indicators/ScorecardTable';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { useListing } from '../hooks/use-listing';
import { useImporter } from '../import/import-context';
import { groupByTheme } from '../indicators/group-by-theme';

const themeHeadingId = (index: number): string => `theme-${index}`;

type Indicators = Parameters<typeof groupByTheme>[0];

/** One council's scorecard, with the chooser where more than one council's packs are imported. */
function CouncilScorecard({ indicators }: { indicators: Indicators }) {
  const options = councilOptions(indicators);
  const [chosen, setChosen] = useState<string | null>(null);
  const council =
    chosen !== null && options.some((option) => option.key === chosen)
      ? chosen
      : (options[0]?.key ?? '');
  const shown = indicators.filter((indicator) => councilKey(indicator) === council);
  return (
    <>
      <CouncilChooser options={options} value={council} onChange={setChosen} />
      {groupByTheme(shown).map((group, index) => (
        <section key={group.theme} className="theme-group" aria-labelledby={themeHeadingId(index)}>
          <h2 id={themeHeadingId(index)}>{group.theme}</h2>
          <ScorecardTable labelledBy={themeHeadingId(index)} indicators={group.indicators} />
        </section>
      ))}
    </>
  );
}

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
            <>
              <p className="lead">
                The latest figure for each indicator, judged against its target, its neighbours and
                the national quartiles. Open an indicator to see its whole run of periods.
              </p>
              <CouncilScorecard indicators={indicators} />
            </>
          )
        }
      </Loaded>
    </>
  );
}
