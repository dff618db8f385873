// Connects each contract method to the store's repositories. Arguments arrive already validated by
// dispatch; what is left here is turning "no such row" into a message the member can act on.
import type Database from 'better-sqlite3';
import { listMeetings, meetingExists } from '../../db/meetings';
import { readUserVersion } from '../../db/migrate';
import { createQuestion, deleteQuestion, listQuestions, updateQuestion } from '../../db/questions';
import { listResolutions } from '../../db/resolutions';
import { committeeNames, searchStore } from '../../db/search';
import { keptScorecard } from '../../db/scorecard-cache';
import { getMeetingDetail } from '../../db/meeting-detail';
import { getDocumentPage } from '../../db/documents';
import type { EventBus } from './events';
import { exceptionsFor, scorecard, seriesOf } from './indicator-service';
import {
  CatalogueEditError,
  mergeIndicators,
  renameIndicator,
  setIndicatorPolarity,
  splitAlias,
} from '../../db/indicator-edits';
import { importFiles } from './import/import-files';
import { createImportRunner, type ImportRunner } from './import/one-import-at-a-time';
import { importUploads } from './import/import-uploads';
import { UserFacingError, type Handlers } from './dispatch';
import { actionHandlers } from './actions-handlers';
import { committeeHandlers } from './committee-handlers';
import { workspaceHandlers } from './workspace-service';
import { briefingHandlers } from './briefing/briefing-handlers';

export interface HandlerContext {
  db: Database.Database;
  storePath: string;
  host: 'desktop' | 'web';
  version: string;
  /** Today's local date as YYYY-MM-DD; injectable so tests can fix "upcoming". */
  today?: () => string;
  /** Where import progress goes (the hosts forward it to the UI). */
  bus: EventBus;
  /** The sample agenda pack offered on first run. */
  samplePackPath: string;
  /** The session's one import at a time, shared with File › Import; made here when absent. */
  imports?: ImportRunner;
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

const noSuchIndicator = (id: number): UserFacingError =>
  new UserFacingError(`There is no indicator ${id}. It may have been merged into another.`);

function throwError(error: Error): never {
  throw error;
}

export function createHandlers(context: HandlerContext): Handlers {
  const { db } = context;
  const today = context.today ?? (() => localToday());
  /** Runs a catalogue edit and answers with the indicator's scorecard row. */
  const editIndicator = (id: number, edit: () => unknown) => {
    try {
      const made = edit();
      const rowId = typeof made === 'number' ? made : id;
      return scorecard(db, rowId)[0] ?? throwError(noSuchIndicator(rowId));
    } catch (error) {
      if (error instanceof CatalogueEditError) throw new UserFacingError(error.message);
      throw error;
    }
  };
  const imports = context.imports ?? createImportRunner({ db, bus: context.bus, today });
  return {
    'app.info': () => ({
      version: context.version,
      schemaVersion: readUserVersion(db),
      storePath: context.storePath,
      host: context.host,
    }),
    'meetings.list': (page) => listMeetings(db, today(), page),
    'indicators.list': () => keptScorecard(db, () => scorecard(db)),
    'resolutions.list': (page) => listResolutions(db, page),
    'questions.list': ({ meetingId }) => listQuestions(db, meetingId),
    'questions.create': ({ text, meetingId, indicatorId }) => {
      requireMeeting(db, meetingId);
      if (indicatorId != null && !seriesOf(db, indicatorId)) throw noSuchIndicator(indicatorId);
      return createQuestion(db, { text, meetingId, indicatorId });
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
    'meetings.get': ({ id }) => {
      const meeting = getMeetingDetail(db, id);
      if (!meeting)
        throw new UserFacingError(`There is no meeting ${id}. It may have been removed.`);
      return meeting;
    },
    'documents.page': ({ documentId, page }) => {
      const found = getDocumentPage(db, documentId, page);
      if (!found)
        throw new UserFacingError(`Page ${page} of document ${documentId} is not in this store.`);
      return found;
    },
    'import.files': ({ files }) => imports.run((options) => importUploads(db, files, options)),
    'import.sample': () =>
      imports.run((options) => importFiles(db, [context.samplePackPath], options)),
    'import.cancel': () => ({ cancelled: imports.cancel() }),
    'indicators.series': ({ id }) => seriesOf(db, id) ?? throwError(noSuchIndicator(id)),
    'indicators.exceptions': (filter) => exceptionsFor(db, filter),
    'indicators.rename': ({ id, name }) => editIndicator(id, () => renameIndicator(db, id, name)),
    'indicators.setPolarity': ({ id, polarity }) =>
      editIndicator(id, () => setIndicatorPolarity(db, id, polarity)),
    'indicators.merge': ({ keepId, mergeId }) =>
      editIndicator(keepId, () => mergeIndicators(db, keepId, mergeId)),
    'indicators.splitAlias': ({ id, alias }) => editIndicator(id, () => splitAlias(db, id, alias)),
    'search.committees': () => committeeNames(db),
    'search.query': ({ text, ...options }) => searchStore(db, text, options),
    ...actionHandlers(db, today),
    ...committeeHandlers(db),
    ...workspaceHandlers(db, today),
    ...briefingHandlers(db, today, context.bus),
  };
}
