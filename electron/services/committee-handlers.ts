// The contract methods behind the Committees page: list the committees, rename one, or merge two
// names of one body. The store does the work (db/committees.ts); its refusals reach the member as written.
import type Database from 'better-sqlite3';
import {
  CommitteeEditError,
  listCommittees,
  mergeCommittees,
  renameCommittee,
} from '../../db/committees';
import type { Result } from '../../shared/contract';
import { UserFacingError, type Handlers } from './dispatch';

type CommitteeMethods = 'committees.list' | 'committees.rename' | 'committees.merge';

function committees(db: Database.Database): Result<'committees.list'> {
  return listCommittees(db).map(({ meetings, ...committee }) => ({
    ...committee,
    meetingCount: meetings,
  }));
}

/** Runs an edit and answers with the committees as they now stand. */
function edited(db: Database.Database, edit: () => unknown): Result<'committees.list'> {
  try {
    edit();
  } catch (error) {
    if (error instanceof CommitteeEditError) throw new UserFacingError(error.message);
    throw error;
  }
  return committees(db);
}

/** The committee's current name, or a message saying it is gone. */
function nameOf(db: Database.Database, id: number): string {
  const found = listCommittees(db).find((committee) => committee.id === id);
  if (!found)
    throw new UserFacingError(`There is no committee ${id}. It may have been merged into another.`);
  return found.name;
}

export function committeeHandlers(db: Database.Database): Pick<Handlers, CommitteeMethods> {
  return {
    'committees.list': () => committees(db),
    'committees.rename': ({ id, name }) =>
      edited(db, () => {
        nameOf(db, id);
        return renameCommittee(db, String(id), name);
      }),
    'committees.merge': ({ fromId, intoId }) =>
      edited(db, () => {
        const from = nameOf(db, fromId);
        nameOf(db, intoId);
        if (fromId === intoId)
          throw new UserFacingError(
            `"${from}" cannot be merged into itself: choose another committee.`,
          );
        return mergeCommittees(db, String(fromId), String(intoId));
      }),
  };
}
