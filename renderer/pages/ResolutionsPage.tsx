// The Resolutions section: what committees resolved, newest meeting first, with where each
// resolution stands, so members can follow up on actions that were agreed. A long archive's
// resolutions load a hundred at a time, with a button for more.
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { formatDate, resolutionStatusLabels } from '../format';
import { usePagedListing } from '../hooks/use-paged-listing';
import { MoreButton } from '../components/MoreButton';
import { useImporter } from '../import/import-context';

export function ResolutionsPage() {
  const { state, reload, ...paging } = usePagedListing(
    'resolutions.list',
    100,
    useImporter().generation,
  );
  return (
    <>
      <PageHeading>Resolutions</PageHeading>
      <Loaded state={state} what="resolutions" onRetry={reload}>
        {(resolutions) =>
          resolutions.length === 0 ? (
            <EmptyState title="No resolutions yet">
              <p>
                Resolutions appear here once minutes are imported. Each one is then tracked from the
                meeting that agreed it until it is done or dropped.
              </p>
            </EmptyState>
          ) : (
            <>
              <div
                className="table-scroll"
                role="region"
                aria-labelledby="resolutions-caption"
                tabIndex={0}
              >
                <table className="data-table">
                  <caption id="resolutions-caption">Resolutions, newest meeting first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Committee</th>
                      <th scope="col">Meeting date</th>
                      <th scope="col">Minute</th>
                      <th scope="col">Label</th>
                      <th scope="col">Resolution</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {resolutions.map((resolution) => (
                      <tr key={resolution.id}>
                        <td>{resolution.committee}</td>
                        <td className="nowrap">{formatDate(resolution.meetingDate)}</td>
                        <td>
                          {resolution.minuteNumber} {resolution.minuteTitle}
                        </td>
                        <td>{resolution.label ?? ''}</td>
                        <td className="prose-cell">{resolution.text}</td>
                        <td>{resolutionStatusLabels[resolution.status]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <MoreButton label="More resolutions" {...paging} />
            </>
          )
        }
      </Loaded>
    </>
  );
}
