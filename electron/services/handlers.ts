// Connects each contract method to the store's repositories. Arguments arrive already validated by
// dispatch; what is left here is turning "no such row" into a message the member can act on.
import type Database from 'better-sqlite3';
import { listIndicators } from '../../db/indicators';
import { listMeetings, meetingExists } from '../../db/meetings';
import { readUserVersion } from '../../db/migrate';
import { createQuestion, deleteQuestion, listQuestions, updateQuestion } from '../../db/questions';
import { listResolutions } from '../../db/resolutions';
import { searchStore } from '../../db/search';
import { UserFacingError, type Handlers } from './dispatch';

export interface HandlerContext {
  db: Database.Database;
  storePath: string;
  host: 'desktop' | 'web';
  version: string;
  /** Today's local date as YYYY-MM-DD; injectable so tests can fix "upcoming". */
  today?: () => string;
}

/** The member's local calendar date, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const noSuchQuestion = (id: number): UserFacingError =>
  new UserFacingError(`There is no question ${id}. It may have been deleted.`);

function requireMeeting(db: Database.Database, meetingId: number | null | undefined): void {
  if (meetingId != null && !meetingExists(db, meetingId)) {
    throw new UserFacingError(`There is no meeting ${meetingId}. It may have been removed.`);
  }
}

export function createHandlers(context: HandlerContext): Handlers {
  const { db } = context;
  const today = context.today ?? (() => localToday());
  return {
    'app.info': () => ({
      version: context.version,
      schemaVersion: readUserVersion(db),
      storePath: context.storePath,
      host: context.host,
    }),
    'meetings.list': () => listMeetings(db, today()),
    'indicators.list': () => listIndicators(db),
    'resolutions.list': () => listResolutions(db),
    'questions.list': ({ meetingId }) => listQuestions(db, meetingId),
    'questions.create': ({ text, meetingId }) => {
      requireMeeting(db, meetingId);
      return createQuestion(db, { text, meetingId });
    },
    'questions.update': ({ id, text, status }) => {
      const updated = updateQuestion(db, id, { text, status });
      if (!updated) throw noSuchQuestion(id);
      return updated;
    },
    'questions.delete': ({ id }) => {
      if (!deleteQuestion(db, id)) throw noSuchQuestion(id);
      return { deleted: true };
    },
    'search.query': ({ text, limit }) => searchStore(db, text, limit),
  };
}
