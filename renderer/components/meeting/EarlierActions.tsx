// "Actions from earlier meetings" on a meeting page: what the committee's earlier meetings asked
// for that falls due at or before this one, or that an item at this meeting answers, with its
// follow-ups and status, so a chair can see at a glance what should have come back.
import { useCall } from '../../hooks/use-call';
import { ActionEntry } from '../actions/ActionEntry';
import type { Action } from '../actions/action-labels';
import { ErrorAlert } from '../Loaded';

export function EarlierActions({
  meetingId,
  refreshKey,
}: {
  meetingId: number;
  refreshKey: number;
}) {
  const { state, reload, update } = useCall('actions.forMeeting', { meetingId }, refreshKey);
  const replace = (updated: Action): void =>
    update((list) => list.map((each) => (each.id === updated.id ? updated : each)));
  return (
    <section aria-labelledby="earlier-actions" className="meeting-part">
      <h2 id="earlier-actions" tabIndex={-1}>
        Actions from earlier meetings
      </h2>
      {state.status === 'loading' && <p role="status">Loading the actions…</p>}
      {state.status === 'failed' && (
        <ErrorAlert
          message={`The actions from earlier meetings could not be loaded. ${state.message}`}
          onRetry={reload}
        />
      )}
      {state.status === 'loaded' &&
        (state.data.length === 0 ? (
          <p>No action from an earlier meeting falls due at this one.</p>
        ) : (
          <>
            <p className="hint">
              Requests, recommendations and undertakings from earlier meetings due by this one, or
              answered by an item on its agenda.
            </p>
            <ul className="action-list">
              {state.data.map((action) => (
                <ActionEntry key={action.id} action={action} onChanged={replace} />
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
