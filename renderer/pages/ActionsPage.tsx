// The chair's Actions page (#/actions): per committee, what meetings asked for and undertook,
// outstanding first with overdue ones marked, filtered by kind, owner and status; each linked to
// its minute and the page it was printed on, with suggested follow-ups to confirm or reject. A
// long archive's actions load a hundred at a time, filtered by the app, with a button for more;
// the counts come from the app too, so they cover every action, not only those loaded.
import { useState } from 'react';
import type { Args } from '../../shared/contract';
import { trackedKinds } from '../../shared/actions/kinds';
import { ActionEntry } from '../components/actions/ActionEntry';
import {
  actionKindLabels,
  type Action,
  type ActionKind,
} from '../components/actions/action-labels';
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { MoreButton } from '../components/MoreButton';
import { PageHeading } from '../components/PageHeading';
import { SourceViewer } from '../components/source/SourceViewer';
import { resolutionStatusLabels } from '../format';
import { useCall } from '../hooks/use-call';
import { usePagedListing } from '../hooks/use-paged-listing';
import { useImporter } from '../import/import-context';

const PAGE_SIZE = 100;
const ALL = '';
const ACTIONS = 'actions';
const kindsShown: ActionKind[] = [
  'request',
  'recommendation',
  'commitment',
  'decision',
  'noted',
  'procedural',
];
type StatusFilter = '' | 'outstanding' | Action['status'];
type ActionFilters = Omit<Args<'actions.list'>, 'limit' | 'offset'>;

/** The page's choices as the app's filters, so every page and count covers the same actions. */
function filtersOf(
  committee: string,
  kind: string,
  owner: string,
  status: StatusFilter,
): ActionFilters {
  return {
    committeeName: committee,
    ...(kind === ACTIONS
      ? { kinds: [...trackedKinds] }
      : kind === ALL
        ? {}
        : { kinds: [kind as ActionKind] }),
    ...(owner === ALL ? {} : { owner }),
    ...(status === ALL
      ? {}
      : { statuses: status === 'outstanding' ? ['open', 'in-progress'] : [status] }),
  };
}

function Filters({
  owners,
  committees,
  committee,
  setCommittee,
  kind,
  setKind,
  owner,
  setOwner,
  status,
  setStatus,
}: {
  owners: string[];
  committees: string[];
  committee: string;
  setCommittee: (value: string) => void;
  kind: string;
  setKind: (value: string) => void;
  owner: string;
  setOwner: (value: string) => void;
  status: StatusFilter;
  setStatus: (value: StatusFilter) => void;
}) {
  return (
    <form
      className="action-filters"
      aria-label="Filter actions"
      onSubmit={(e) => e.preventDefault()}
    >
      <div>
        <label htmlFor="actions-committee">Committee</label>
        <select
          id="actions-committee"
          value={committee}
          onChange={(e) => setCommittee(e.target.value)}
        >
          {committees.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="actions-kind">Kind</label>
        <select id="actions-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value={ACTIONS}>Actions (requests, recommendations, commitments)</option>
          <option value={ALL}>Everything resolved</option>
          {kindsShown.map((each) => (
            <option key={each} value={each}>
              {actionKindLabels[each]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="actions-owner">Owner</label>
        <select id="actions-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value={ALL}>Anyone</option>
          {owners.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="actions-status">Status</label>
        <select
          id="actions-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as StatusFilter)}
        >
          <option value="">Any status</option>
          <option value="outstanding">Outstanding (open or in progress)</option>
          {(Object.keys(resolutionStatusLabels) as Action['status'][]).map((each) => (
            <option key={each} value={each}>
              {resolutionStatusLabels[each]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

function ActionList({ committees, refreshKey }: { committees: string[]; refreshKey: number }) {
  const [chosen, setCommittee] = useState<string | null>(null);
  const committee = chosen && committees.includes(chosen) ? chosen : (committees[0] ?? '');
  const [kind, setKind] = useState<string>(ACTIONS);
  const [owner, setOwner] = useState<string>(ALL);
  const [status, setStatus] = useState<StatusFilter>(ALL);
  // A saved status or follow-up changes the counts: count again, keeping the pages loaded.
  const [saves, setSaves] = useState(0);
  const filters = filtersOf(committee, kind, owner, status);
  const summary = useCall('actions.summary', filters, refreshKey + saves).state;
  const counts = summary.status === 'loaded' ? summary.data : null;
  const { state, reload, update, ...paging } = usePagedListing(
    'actions.list',
    PAGE_SIZE,
    refreshKey,
    filters,
  );
  const replace = (updated: Action): void => {
    update((list) => list.map((each) => (each.id === updated.id ? updated : each)));
    setSaves((n) => n + 1);
  };
  const loaded = state.status === 'loaded' ? state.data.length : 0;
  return (
    <>
      <Filters
        owners={counts?.owners ?? []}
        committees={committees}
        committee={committee}
        setCommittee={setCommittee}
        kind={kind}
        setKind={setKind}
        owner={owner}
        setOwner={setOwner}
        status={status}
        setStatus={setStatus}
      />
      <p className="action-summary" role="status">
        {counts &&
          `${committee}: ${counts.outstanding} outstanding, ${counts.overdue} overdue. ` +
            (loaded < counts.matching
              ? `Showing ${loaded} of ${counts.matching}.`
              : `Showing ${counts.matching}.`)}
      </p>
      <Loaded state={state} what="actions" onRetry={reload}>
        {(shown) =>
          shown.length === 0 ? (
            <p>No actions match these filters.</p>
          ) : (
            <>
              <ul className="action-list">
                {shown.map((action) => (
                  <ActionEntry key={action.id} action={action} onChanged={replace} />
                ))}
              </ul>
              <MoreButton label="More actions" {...paging} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

export function ActionsPage() {
  const generation = useImporter().generation;
  const { state, reload } = useCall('actions.summary', {}, generation);
  return (
    <SourceViewer>
      <PageHeading>Actions</PageHeading>
      <p className="hint">
        What each committee asked for, recommended or was promised, and whether it came back.
        Outstanding actions come first; overdue ones are marked.
      </p>
      <Loaded state={state} what="actions" onRetry={reload}>
        {({ committees }) =>
          committees.length === 0 ? (
            <EmptyState title="No actions yet">
              <p>
                Actions appear here once minutes are imported: requests for reports, recommendations
                and undertakings, each followed until the chair marks it done or dropped.
              </p>
            </EmptyState>
          ) : (
            <ActionList committees={committees} refreshKey={generation} />
          )
        }
      </Loaded>
    </SourceViewer>
  );
}
