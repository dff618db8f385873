// The contract methods of the member's workspace (questions and notes anchored to the papers, the
// preparation order, carried-forward questions), turning "no such row" into messages to act on.
import type Database from 'better-sqlite3';
import { meetingExists } from '../../db/meetings';
import { AnchorError, resolveTarget } from '../../db/workspace-anchors';
import {
  changeQuestion,
  deleteNote,
  getWorkspaceQuestion,
  insertNote,
  insertQuestion,
  meetingWorkspace,
  reorderQuestions,
} from '../../db/workspace-questions';
import type { Method } from '../../shared/contract';
import { UserFacingError, type Handlers } from './dispatch';

type WorkspaceMethod = Extract<Method, `workspace.${string}`>;

function requireMeeting(db: Database.Database, meetingId: number): void {
  if (!meetingExists(db, meetingId)) {
    throw new UserFacingError(`There is no meeting ${meetingId}. It may have been removed.`);
  }
}

const anchored = <T>(work: () => T): T => {
  try {
    return work();
  } catch (error) {
    if (error instanceof AnchorError) throw new UserFacingError(error.message);
    throw error;
  }
};

export function workspaceHandlers(
  db: Database.Database,
  today: () => string,
): Pick<Handlers, WorkspaceMethod> {
  const question = (id: number) => {
    const found = getWorkspaceQuestion(db, id, today());
    if (!found) throw new UserFacingError(`There is no question ${id}. It may have been deleted.`);
    return found;
  };
  return {
    'workspace.meeting': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return meetingWorkspace(db, meetingId, today());
    },
    'workspace.addQuestion': ({ meetingId, text, target }) => {
      requireMeeting(db, meetingId);
      const anchor = anchored(() => resolveTarget(db, meetingId, target));
      return question(insertQuestion(db, { meetingId, text, anchor }));
    },
    'workspace.updateQuestion': ({ id, atMeetingId, ...changes }) => {
      if (!changeQuestion(db, id, changes, today(), atMeetingId)) question(id);
      return question(id);
    },
    'workspace.reorder': ({ ids }) => ({ ids: reorderQuestions(db, ids) }),
    'workspace.addNote': ({ meetingId, body, target }) => {
      requireMeeting(db, meetingId);
      const anchor = anchored(() => resolveTarget(db, meetingId, target));
      return insertNote(db, { meetingId, body, anchor });
    },
    'workspace.deleteNote': ({ id }) => {
      if (!deleteNote(db, id)) {
        throw new UserFacingError(`There is no note ${id}. It may have been deleted.`);
      }
      return { deleted: true };
    },
  };
}
