// The chair's Actions page (#/actions): per committee, what meetings asked for and undertook,
// outstanding first with overdue ones marked, filtered by kind, owner and status; each linked to
// its minute and the page it was printed on, with suggested follow-ups to confirm or reject.
import { useMemo, useState } from 'react';
import { ActionEntry } from '../components/actions/ActionEntry';
import {
  actionKindLabels,
  type Action,
  type ActionKind,
} from '../components/actions/action-labels';
import { EmptyState } from '../components/EmptyState';
import { Loaded } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { SourceViewer } from '../components/source/SourceViewer';
import { resolutionStatusLabels } from '../format';
import { useListing } from '../hooks/use-listing';
import { useImporter } from '../import/import-context';

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

function Filters({
  actions,
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
  actions: Action[];
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
  const owners = [...new Set(actions.flatMap((a) => (a.owner ? [a.owner] : [])))].sort();
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

function ActionList({
  actions,
  replace,
}: {
  actions: Action[];
  replace: (updated: Action) => void;
}) {
  const committees = useMemo(() => [...new Set(actions.map((a) => a.committee))].sort(), [actions]);
  const [chosen, setCommittee] = useState<string | null>(null);
  const committee = chosen && committees.includes(chosen) ? chosen : (committees[0] ?? '');
  const [kind, setKind] = useState<string>(ACTIONS);
  const [owner, setOwner] = useState<string>(ALL);
  const [status, setStatus] = useState<StatusFilter>(ALL);
  const ofCommittee = actions.filter((a) => a.committee === committee);
  const shown = ofCommittee.filter(
    (a) =>
      (kind === ALL || (kind === ACTIONS ? a.tracked : a.kind === kind)) &&
      (owner === ALL || a.owner === owner) &&
      (status === ALL ||
        (status === 'outstanding'
          ? a.status === 'open' || a.status === 'in-progress'
          : a.status === status)),
  );
  const outstanding = ofCommittee.filter(
    (a) => a.tracked && (a.status === 'open' || a.status === 'in-progress'),
  ).length;
  const overdue = ofCommittee.filter((a) => a.overdue).length;
  return (
    <>
      <Filters
        actions={ofCommittee}
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
        {committee}: {outstanding} outstanding, {overdue} overdue. Showing {shown.length}.
      </p>
      {shown.length === 0 ? (
        <p>No actions match these filters.</p>
      ) : (
        <ul className="action-list">
          {shown.map((action) => (
            <ActionEntry key={action.id} action={action} onChanged={replace} />
          ))}
        </ul>
      )}
    </>
  );
}

export function ActionsPage() {
  const { state, reload, update } = useListing('actions.list', useImporter().generation);
  const replace = (updated: Action): void =>
    update((list) => list.map((each) => (each.id === updated.id ? updated : each)));
  return (
    <SourceViewer>
      <PageHeading>Actions</PageHeading>
      <p className="hint">
        What each committee asked for, recommended or was promised, and whether it came back.
        Outstanding actions come first; overdue ones are marked.
      </p>
      <Loaded state={state} what="actions" onRetry={reload}>
        {(actions) =>
          actions.length === 0 ? (
            <EmptyState title="No actions yet">
              <p>
                Actions appear here once minutes are imported: requests for reports, recommendations
                and undertakings, each followed until the chair marks it done or dropped.
              </p>
            </EmptyState>
          ) : (
            <ActionList actions={actions} replace={replace} />
          )
        }
      </Loaded>
    </SourceViewer>
  );
}
