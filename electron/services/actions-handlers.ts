// The contract methods of the chair's action tracker: the list (a page at a time) and its counts,
// the meeting page's "Actions from earlier meetings", setting a status with a dated note, and
// deciding a suggested follow-up.
import type Database from 'better-sqlite3';
import {
  actionsForMeeting,
  countActions,
  decideFollowUp,
  getAction,
  listActions,
  setActionStatus,
  type Action,
} from '../../db/actions';
import { meetingExists } from '../../db/meetings';
import { UserFacingError, type Handlers } from './dispatch';

type ActionMethods =
  | 'actions.list'
  | 'actions.summary'
  | 'actions.forMeeting'
  | 'actions.setStatus'
  | 'actions.decideFollowUp';

const noSuchAction = (id: number): UserFacingError =>
  new UserFacingError(
    `There is no action ${id}. Its minutes may have been re-imported without it.`,
  );

export function actionHandlers(
  db: Database.Database,
  today: () => string,
): Pick<Handlers, ActionMethods> {
  const actionOrFail = (id: number): Action => {
    const action = getAction(db, id, today());
    if (!action) throw noSuchAction(id);
    return action;
  };
  return {
    'actions.list': ({ limit, offset, ...filter }) =>
      listActions(db, filter, today(), { limit, offset }),
    'actions.summary': (filter) => countActions(db, filter, today()),
    'actions.forMeeting': ({ meetingId }) => {
      if (!meetingExists(db, meetingId))
        throw new UserFacingError(`There is no meeting ${meetingId}. It may have been removed.`);
      return actionsForMeeting(db, meetingId, today());
    },
    'actions.setStatus': ({ id, status, note }) => {
      actionOrFail(id);
      setActionStatus(db, id, status, note ? note : null);
      return actionOrFail(id);
    },
    'actions.decideFollowUp': ({ id, state }) => {
      const actionId = decideFollowUp(db, id, state);
      if (actionId === null)
        throw new UserFacingError(`There is no suggested follow-up ${id}. Re-open the actions.`);
      return actionOrFail(actionId);
    },
  };
}
