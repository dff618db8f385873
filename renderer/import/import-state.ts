// What an import looks like on screen at each moment (running with a bar per file, reported, or
// failed as a whole) and the plain-English lines announced about it. Pure, so tests can read it.
import type { AppEvent } from '../../shared/contract';
import type { MeetingSummary } from '../meeting-groups';
import type { ImportResult } from './upload';

export interface FileProgress {
  file: string;
  /** Null until the first progress event for this file: the bar is indeterminate until then. */
  done: number | null;
  total: number | null;
}

export type ImportState =
  | { phase: 'idle' }
  | {
      phase: 'running';
      files: FileProgress[];
      /** Files finished of the whole batch, once the app has said how many there are. */
      batch?: { done: number; total: number };
    }
  | { phase: 'reported'; results: ImportResult[]; meetings: MeetingSummary[] }
  | { phase: 'failed'; message: string };

type ProgressEvent = Extract<AppEvent, { type: 'progress' }>;

/** Moves the bar of the file a progress event is about, adding one for a file not yet shown. */
export function withProgress(state: ImportState, event: ProgressEvent): ImportState {
  if (state.phase !== 'running' || event.task !== 'import' || !event.file) return state;
  const update: FileProgress = { file: event.file, done: event.done, total: event.total };
  const known = state.files.some((progress) => progress.file === event.file);
  return {
    ...state,
    ...(event.batch ? { batch: event.batch } : {}),
    files: known
      ? state.files.map((progress) => (progress.file === event.file ? update : progress))
      : [...state.files, update],
  };
}

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export function startedMessage(files: readonly string[]): string {
  if (files.length === 0) return 'Importing the sample briefing…';
  return `Importing ${plural(files.length, 'file', 'files')}: ${files.join(', ')}…`;
}

/** "Import finished: 2 files imported, 1 already imported, 1 failed." */
export function finishedMessage(results: readonly ImportResult[]): string {
  const count = (status: ImportResult['status']): number =>
    results.filter((result) => result.status === status).length;
  const parts = [
    `${plural(count('imported'), 'file', 'files')} imported`,
    count('skipped') > 0 ? `${count('skipped')} already imported` : '',
    count('failed') > 0 ? `${count('failed')} failed` : '',
  ].filter((part) => part);
  return `Import finished: ${parts.join(', ')}.`;
}
