// One action as a chair reviews it: what was asked, of whom and by when, where it stands (with
// the dated history), where it was minuted and printed, the later items suggested as its
// follow-up to confirm or reject, and a form to record a new status with a note.
import { useId, useState, type FormEvent } from 'react';
import { resolutionStatusSchema } from '../../../shared/contract';
import { messageOf } from '../../api';
import { useApi } from '../../api-context';
import { formatDate, resolutionStatusLabels } from '../../format';
import { meetingHref } from '../../sections';
import { ErrorAlert } from '../Loaded';
import { SourceButton } from '../source/SourceButton';
import {
  actionKindLabels,
  followUpStateLabels,
  formatDue,
  minuteReference,
  type Action,
  type FollowUp,
} from './action-labels';

const statuses = resolutionStatusSchema.options;

function FollowUpEntry({
  followUp,
  onDecide,
}: {
  followUp: FollowUp;
  onDecide: (state: FollowUp['state']) => void;
}) {
  const where = followUp.agendaNumber ? `item ${followUp.agendaNumber}, ` : '';
  return (
    <li className={`follow-up follow-up-${followUp.state}`}>
      <p>
        <a href={meetingHref(followUp.meetingId)}>
          {formatDate(followUp.meetingDate)} ({where}
          {followUp.title})
        </a>{' '}
        <span className="follow-up-state">{followUpStateLabels[followUp.state]}</span>
      </p>
      {followUp.evidence && <p className="hint">Why: {followUp.evidence}.</p>}
      <div className="button-row">
        {followUp.state !== 'confirmed' && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onDecide('confirmed')}
          >
            Confirm follow-up
          </button>
        )}
        {followUp.state !== 'rejected' && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onDecide('rejected')}
          >
            Not a follow-up
          </button>
        )}
      </div>
    </li>
  );
}

export function ActionEntry({
  action,
  onChanged,
  showCommittee = false,
}: {
  action: Action;
  onChanged: (updated: Action) => void;
  showCommittee?: boolean;
}) {
  const api = useApi();
  const id = useId();
  const [status, setStatus] = useState<Action['status']>(action.status);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    try {
      const updated = await api.call('actions.setStatus', {
        id: action.id,
        status,
        ...(note.trim() ? { note } : {}),
      });
      setNote('');
      setSaved(`Saved: ${resolutionStatusLabels[updated.status]}.`);
      onChanged(updated);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const decide = async (followUpId: number, state: FollowUp['state']): Promise<void> => {
    setError(null);
    try {
      onChanged(await api.call('actions.decideFollowUp', { id: followUpId, state }));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  const headingId = `${id}-heading`;
  return (
    <li className={`action${action.overdue ? ' action-overdue' : ''}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="action-heading">
          <span className="action-kind">{actionKindLabels[action.kind]}</span>{' '}
          <span className="action-status">{resolutionStatusLabels[action.status]}</span>
          {action.overdue && <span className="action-overdue-tag">Overdue</span>}
          <span className="visually-hidden">: </span>
          <span className="action-text">{action.text}</span>
        </h3>
        <dl className="action-facts">
          {showCommittee && (
            <div>
              <dt>Committee</dt>
              <dd>{action.committee}</dd>
            </div>
          )}
          <div>
            <dt>Minute</dt>
            <dd>
              <a href={meetingHref(action.meetingId)}>
                {minuteReference(action)} {action.minuteTitle}, {formatDate(action.meetingDate)}
              </a>{' '}
              <SourceButton source={action.source} />
            </dd>
          </div>
          {action.tracked && (
            <>
              <div>
                <dt>Owner</dt>
                <dd>{action.owner ?? 'Not named'}</dd>
              </div>
              <div>
                <dt>Due</dt>
                <dd>
                  {action.due ? formatDue(action.due) : 'No date set'}
                  {action.dueWords && <span className="hint"> (“{action.dueWords}”)</span>}
                </dd>
              </div>
            </>
          )}
        </dl>
        {action.followUps.length > 0 && (
          <section aria-labelledby={`${id}-follow-ups`}>
            <h4 id={`${id}-follow-ups`}>Follow-ups</h4>
            <ul className="plain-list">
              {action.followUps.map((followUp) => (
                <FollowUpEntry
                  key={followUp.id}
                  followUp={followUp}
                  onDecide={(state) => void decide(followUp.id, state)}
                />
              ))}
            </ul>
          </section>
        )}
        {action.tracked && action.followUps.length === 0 && (
          <p className="hint">No later item has been found that answers this yet.</p>
        )}
        {action.history.length > 0 && (
          <details>
            <summary>Status history ({action.history.length})</summary>
            <ol className="plain-list action-history">
              {action.history.map((entry, index) => (
                <li key={index}>
                  {formatDate(entry.at.slice(0, 10))}: {resolutionStatusLabels[entry.status]}
                  {entry.by === 'action-log' ? ' (stated by the action log in the papers)' : ''}
                  {entry.note ? ` – ${entry.note}` : ''}{' '}
                  {entry.source && (
                    <SourceButton source={{ ...entry.source, lineFrom: null, lineTo: null }} />
                  )}
                </li>
              ))}
            </ol>
          </details>
        )}
        {error && <ErrorAlert message={error} />}
        <form className="action-status-form" onSubmit={(event) => void save(event)}>
          <div>
            <label htmlFor={`${id}-status`}>New status</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(event) => setStatus(event.target.value as Action['status'])}
            >
              {statuses.map((each) => (
                <option key={each} value={each}>
                  {resolutionStatusLabels[each]}
                </option>
              ))}
            </select>
          </div>
          <div className="action-note">
            <label htmlFor={`${id}-note`}>Note (optional)</label>
            <input
              id={`${id}-note`}
              className="text-input"
              value={note}
              maxLength={2000}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary">
            Save status
          </button>
          <p role="status" className="save-status">
            {saved}
          </p>
        </form>
      </article>
    </li>
  );
}
