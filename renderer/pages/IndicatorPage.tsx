// One indicator's page (#/indicators/3): its whole run of periods as a chart with a text
// alternative or as a table, the questions the app suggests asking, and corrections to the import.
import { useEffect, useRef, useState } from 'react';
import { ExceptionList } from '../components/indicators/ExceptionList';
import { IndicatorSettings } from '../components/indicators/IndicatorSettings';
import { SeriesView } from '../components/indicators/SeriesView';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { SourceViewer } from '../components/source/SourceViewer';
import { localIsoDate, polarityLabels } from '../format';
import { useCall } from '../hooks/use-call';
import { useListing } from '../hooks/use-listing';
import { useImporter } from '../import/import-context';
import type { IndicatorSummary } from '../indicators/indicator-words';
import { nextMeeting } from '../meeting-groups';
import { sectionHref } from '../sections';

function Exceptions({ id, refreshKey }: { id: number; refreshKey: number }) {
  const { state, reload } = useCall('indicators.exceptions', { indicatorId: id }, refreshKey);
  const meetings = useListing('meetings.list');
  const heading = useRef<HTMLHeadingElement>(null);
  const next =
    meetings.state.status === 'loaded' ? nextMeeting(meetings.state.data, localIsoDate()) : null;
  const loaded = state.status === 'loaded';

  // The scorecard's "questions to ask" link leads here.
  useEffect(() => {
    if (loaded && window.location.hash.endsWith('/exceptions')) heading.current?.focus();
  }, [loaded]);

  return (
    <section className="indicator-part" aria-labelledby="exceptions">
      <h2 id="exceptions" ref={heading} tabIndex={-1}>
        Questions to ask
      </h2>
      <Loaded state={state} what="questions for this indicator" onRetry={reload}>
        {(exceptions) =>
          exceptions.length === 0 ? (
            <p>
              Nothing in this indicator’s run stands out against its target, neighbours or trend.
            </p>
          ) : (
            <>
              <p className="hint">
                Points the figures raise, each with its evidence.{' '}
                {next
                  ? 'Questions you add are kept for the next meeting.'
                  : 'There is no upcoming meeting, so questions you add are kept without one.'}
              </p>
              <ExceptionList
                exceptions={exceptions}
                meetingId={next?.id ?? null}
                linkIndicators={false}
              />
            </>
          )
        }
      </Loaded>
    </section>
  );
}

function Series({ id, refreshKey }: { id: number; refreshKey: number }) {
  const { state, reload } = useCall('indicators.series', { id }, refreshKey);
  return (
    <Loaded state={state} what="indicator’s values" onRetry={reload}>
      {(series) =>
        series.points.length === 0 ? (
          <p>No values have been imported for this indicator yet.</p>
        ) : (
          <SeriesView series={series} />
        )
      }
    </Loaded>
  );
}

function Facts({ indicator }: { indicator: IndicatorSummary }) {
  return (
    <dl className="indicator-facts">
      <div>
        <dt>Theme</dt>
        <dd>{indicator.theme ?? 'Other'}</dd>
      </div>
      <div>
        <dt>Which way is good</dt>
        <dd>{polarityLabels[indicator.polarity]}</dd>
      </div>
      <div>
        <dt>Values held</dt>
        <dd>{indicator.valueCount}</dd>
      </div>
    </dl>
  );
}

export function IndicatorPage({ id }: { id: number }) {
  const generation = useImporter().generation;
  const list = useListing('indicators.list', generation);
  // Bumped after a change that alters the run (a merge, a split, a new polarity).
  const [changes, setChanges] = useState(0);
  const refreshKey = generation * 1000 + changes;
  const all = list.state.status === 'loaded' ? list.state.data : [];
  const indicator = all.find((each) => each.id === id) ?? null;

  useEffect(() => {
    if (indicator) document.title = `${indicator.name} – Scrutineer`;
  }, [indicator]);

  const changed: Parameters<typeof IndicatorSettings>[0]['onChanged'] = ({
    method,
    updated,
    mergedId,
  }) => {
    list.update((rows) =>
      rows
        .filter((row) => row.id !== mergedId)
        .map((row) => (row.id === updated.id ? updated : row)),
    );
    if (method === 'indicators.splitAlias') list.reload();
    if (method !== 'indicators.rename') setChanges((n) => n + 1);
  };

  return (
    <SourceViewer>
      <p className="back-link">
        <a href={sectionHref('indicators')}>All indicators</a>
      </p>
      <PageHeading>{indicator?.name ?? 'Indicator'}</PageHeading>
      {indicator && <Facts indicator={indicator} />}
      <Series id={id} refreshKey={refreshKey} />
      <Exceptions id={id} refreshKey={refreshKey} />
      <Loaded state={list.state} what="indicator’s details" onRetry={list.reload}>
        {() =>
          indicator && (
            <IndicatorSettings
              key={indicator.id}
              indicator={indicator}
              others={all.filter((each) => each.id !== id)}
              onChanged={changed}
            />
          )
        }
      </Loaded>
    </SourceViewer>
  );
}
