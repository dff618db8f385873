// The Committees page (#/committees): every committee in the store with its council and meetings,
// where a member renames one or merges two names of one body. Re-importing never undoes either.
import { useRef, useState } from 'react';
import { CommitteeRow, type Committee } from '../components/committees/CommitteeRow';
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { useListing } from '../hooks/use-listing';
import { useImporter } from '../import/import-context';

export function CommitteesPage() {
  const { state, reload, update } = useListing('committees.list', useImporter().generation);
  const [announcement, setAnnouncement] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const changed = (committees: Committee[], message: string): void => {
    update(() => committees);
    setAnnouncement(message);
    // A merged committee's row is gone; the result is where the member carries on from.
    status.current?.focus();
  };
  return (
    <>
      <PageHeading>Committees</PageHeading>
      <p className="hint">
        Rename a committee, or merge two names that are one body. Importing papers that print an old
        name files them under the committee as you left it.
      </p>
      <p role="status" className="save-status" ref={status} tabIndex={-1}>
        {announcement}
      </p>
      <Loaded state={state} what="committees" onRetry={reload}>
        {(committees) =>
          committees.length === 0 ? (
            <EmptyState title="No committees yet">
              <p>Committees appear here once agenda packs or minutes are imported.</p>
            </EmptyState>
          ) : (
            <div
              className="table-scroll committee-scroll"
              role="region"
              aria-labelledby="committees-caption"
              tabIndex={0}
            >
              <table className="committee-table">
                <caption id="committees-caption">Committees in this store</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Council</th>
                    <th scope="col">Meetings</th>
                    <th scope="col">Rename</th>
                    <th scope="col">Merge</th>
                  </tr>
                </thead>
                <tbody>
                  {committees.map((committee) => (
                    <CommitteeRow
                      key={committee.id}
                      committee={committee}
                      others={committees.filter((other) => other.id !== committee.id)}
                      onChanged={changed}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </>
  );
}
