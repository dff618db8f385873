// One committee in the Committees table, with its two corrections: a new name, or merging it into
// another committee after a confirmation that says what will move. Errors show beside the control.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/contract';
import { messageOf } from '../../api';
import { useApi } from '../../api-context';

export type Committee = Result<'committees.list'>[number];

interface CommitteeRowProps {
  committee: Committee;
  others: Committee[];
  /** Called with the committees as they stand after a change, and what to announce. */
  onChanged: (committees: Committee[], announcement: string) => void;
}

const meetingsWord = (count: number): string => `${count} meeting${count === 1 ? '' : 's'}`;

export function CommitteeRow({ committee, others, onChanged }: CommitteeRowProps) {
  const api = useApi();
  const [name, setName] = useState(committee.name);
  const [renameError, setRenameError] = useState<string | null>(null);
  const [intoId, setIntoId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const into = others.find((other) => String(other.id) === intoId) ?? null;
  const ids = {
    name: `committee-${committee.id}-name`,
    nameError: `committee-${committee.id}-name-error`,
    into: `committee-${committee.id}-into`,
    mergeError: `committee-${committee.id}-merge-error`,
    confirm: `committee-${committee.id}-confirm`,
  };

  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);

  const rename = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setRenameError(null);
    try {
      const committees = await api.call('committees.rename', { id: committee.id, name });
      const renamed = committees.find((each) => each.id === committee.id);
      onChanged(committees, `‘${committee.name}’ is now called ‘${renamed?.name ?? name}’.`);
    } catch (failure) {
      setRenameError(`The committee was not renamed. ${messageOf(failure)}`);
    }
  };

  const askToMerge = (event: FormEvent): void => {
    event.preventDefault();
    setMergeError(null);
    if (!into) {
      setMergeError('Choose the committee to merge it into.');
      return;
    }
    setConfirming(true);
  };

  const merge = async (): Promise<void> => {
    if (!into) return;
    setConfirming(false);
    try {
      const committees = await api.call('committees.merge', {
        fromId: committee.id,
        intoId: into.id,
      });
      const kept = committees.find((each) => each.id === into.id);
      onChanged(
        committees,
        `‘${committee.name}’ was merged into ‘${into.name}’, which now has ${meetingsWord(kept?.meetingCount ?? into.meetingCount + committee.meetingCount)}.`,
      );
    } catch (failure) {
      setMergeError(`The committees were not merged. ${messageOf(failure)}`);
    }
  };

  return (
    <tr>
      <th scope="row">{committee.name}</th>
      <td>{committee.council ?? 'Not known'}</td>
      <td>{committee.meetingCount}</td>
      <td>
        <form className="committee-form" onSubmit={(event) => void rename(event)}>
          <label htmlFor={ids.name}>
            New name<span className="visually-hidden"> for ‘{committee.name}’</span>
          </label>
          <input
            id={ids.name}
            className="text-input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={300}
            aria-invalid={renameError ? true : undefined}
            aria-describedby={renameError ? ids.nameError : undefined}
          />
          <button type="submit" className="button button-secondary">
            Rename<span className="visually-hidden"> ‘{committee.name}’</span>
          </button>
          {renameError && (
            <p id={ids.nameError} className="field-error" role="alert">
              {renameError}
            </p>
          )}
        </form>
      </td>
      <td>
        {others.length === 0 ? (
          <p className="hint">There is no other committee to merge it into.</p>
        ) : (
          <form className="committee-form" onSubmit={askToMerge}>
            <label htmlFor={ids.into}>
              Merge into<span className="visually-hidden"> (moves ‘{committee.name}’)</span>
            </label>
            <select
              id={ids.into}
              value={intoId}
              onChange={(event) => {
                setIntoId(event.target.value);
                setConfirming(false);
              }}
              aria-invalid={mergeError ? true : undefined}
              aria-describedby={mergeError ? ids.mergeError : undefined}
            >
              <option value="">Choose a committee</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                  {other.council ? ` (${other.council})` : ''}
                </option>
              ))}
            </select>
            <button type="submit" className="button button-secondary">
              Merge…<span className="visually-hidden"> ‘{committee.name}’</span>
            </button>
            {mergeError && (
              <p id={ids.mergeError} className="field-error" role="alert">
                {mergeError}
              </p>
            )}
            {confirming && into && (
              <div className="committee-confirm" role="group" aria-labelledby={ids.confirm}>
                <p id={ids.confirm} ref={confirmation} tabIndex={-1}>
                  Merge ‘{committee.name}’ into ‘{into.name}’? Its{' '}
                  {meetingsWord(committee.meetingCount)} will move to ‘{into.name}’ and ‘
                  {committee.name}’ will no longer be listed. Papers printing ‘{committee.name}’
                  will be filed under ‘{into.name}’.
                </p>
                <button type="button" className="button" onClick={() => void merge()}>
                  Yes, merge
                </button>{' '}
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirming(false)}
                >
                  Cancel
                </button>
              </div>
            )}
          </form>
        )}
      </td>
    </tr>
  );
}
