// Imports agenda packs (files or whole folders) into the store: extract → parse → ONE transaction.
// Each file gets its own result; a bad file is reported with its reason and the batch goes on, and
// the same file imported twice (same sha256) is skipped rather than duplicated.
import path from 'node:path';
import type Database from 'better-sqlite3';
import {
  findDocumentBySha256,
  storePack,
  type PackCounts,
  type StoredPack,
} from '../../../db/pack-writer';
import { messageOf } from '../../../shared/error-message';
import { extractDocument } from './extract/extract-document';
import { findPackFiles } from './pack-folders';
import { afterBatchFile } from './batch-memory';
import { parsePack } from '../../../shared/readers/pack';
import { normalisePages } from '../../../shared/readers/lines';
import { storePackIndicators } from './indicators/store-indicators';
import type { TableSummary } from '../../../shared/readers/indicators/types';
import { reanchorAfterImport } from '../../../db/workspace-anchors';
import { fileActions } from '../../../db/actions';
import type { EventBus } from '../events';

export interface ImportFileResult {
  file: string;
  status: 'imported' | 'skipped' | 'failed';
  meetings: string[];
  /** The ids of the meetings the file touched (its own, and those whose minutes it carries). */
  meetingIds?: number[];
  counts: PackCounts | null;
  warnings: string[];
  error: string | null;
  /** Each table of figures found in the file, and how many of its rows became indicator values. */
  tables?: TableSummary[];
}

export interface ImportOptions {
  today: string;
  signal?: AbortSignal;
  /** Called as each file's pages are read, and when each file is done. */
  onProgress?: (progress: {
    file: string;
    done: number;
    total: number | null;
    message: string;
    /** Files finished of the whole batch, for one bar over a folder of hundreds of packs. */
    batch?: { done: number; total: number };
  }) => void;
  /** Shown in results instead of the path on disk (an upload's own file name, say). */
  displayName?: (file: string) => string;
  /** Called with each file's outcome as soon as it is known, before the next file is read. */
  onFileDone?: (result: ImportFileResult, batch: { done: number; total: number }) => void;
}

/** Sends import progress to the UI through the app's event bus. */
export function publishImportProgress(bus: EventBus): NonNullable<ImportOptions['onProgress']> {
  return ({ file, done, total, message, batch }) =>
    bus.publish({ type: 'progress', task: 'import', file, done, total, message, batch });
}

/**
 * storePack holding the write lock (BEGIN IMMEDIATE), with the already-imported check inside it:
 * two imports of the same file at once (two windows, the app and the command line) then find
 * each other's document instead of colliding on its sha256.
 */
function storePackOnce(...args: Parameters<typeof storePack>): StoredPack | { importedAs: string } {
  const [db, document] = args;
  return db
    .transaction(() => {
      const known = findDocumentBySha256(db, document.sha256);
      return known ? { importedAs: known.fileName } : storePack(...args);
    })
    .immediate();
}

function alreadyImported(name: string, importedAs: string): ImportFileResult {
  return {
    file: name,
    status: 'skipped',
    meetings: [],
    counts: null,
    warnings: [`${name} was imported before (as ${importedAs}); nothing was changed.`],
    error: null,
  };
}

async function importOne(
  db: Database.Database,
  file: string,
  options: ImportOptions,
): Promise<ImportFileResult> {
  const name = options.displayName?.(file) ?? path.basename(file);
  const base = { file: name, meetings: [], counts: null, warnings: [], error: null };
  try {
    const document = await extractDocument(file, {
      signal: options.signal,
      onProgress: ({ page, pages }) =>
        options.onProgress?.({
          file: name,
          done: page,
          total: pages,
          message: `Reading ${name}: page ${page} of ${pages}`,
        }),
    });
    const known = findDocumentBySha256(db, document.sha256);
    if (known) return alreadyImported(name, known.fileName);
    // Normalised once, for the pack parsers and the indicator readers alike.
    const lines = normalisePages(document.pages);
    const pack = parsePack({ pages: document.pages, lines });
    let tables: TableSummary[] = [];
    const stored = storePackOnce(
      db,
      { ...document, fileName: path.basename(name) },
      pack,
      options.today,
      (documentId) => {
        const indicators = storePackIndicators(db, documentId, pack, lines);
        tables = indicators.tables;
        fileActions(db, documentId);
        return {
          figures: indicators.statements,
          warnings: [...indicators.warnings, ...reanchorAfterImport(db)],
        };
      },
    );
    if ('importedAs' in stored) return alreadyImported(name, stored.importedAs);
    return {
      ...base,
      status: 'imported',
      meetings: stored.meetings,
      meetingIds: stored.meetingIds,
      counts: stored.counts,
      warnings: [...document.warnings, ...stored.warnings],
      tables,
    };
  } catch (error) {
    const reason = messageOf(error);
    return {
      ...base,
      status: 'failed',
      error: reason.includes(path.basename(file)) ? reason : `${name}: ${reason}`,
    };
  }
}

export async function importFiles(
  db: Database.Database,
  paths: string[],
  options: ImportOptions,
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  const found = findPackFiles(paths);
  const batchOf = (done: number) => ({ done, total: found.length });
  const finish = (result: ImportFileResult): void => {
    results.push(result);
    options.onFileDone?.(result, batchOf(results.length));
  };
  for (const { file, problem } of found) {
    const name = options.displayName?.(file) ?? path.basename(file);
    if (problem) {
      // An entry the folder walk could not use is that entry's outcome; the batch goes on.
      const reason = `${name} was not imported: ${problem.reason}.`;
      finish({
        file: name,
        status: problem.kind,
        meetings: [],
        counts: null,
        warnings: problem.kind === 'skipped' ? [reason] : [],
        error: problem.kind === 'failed' ? reason : null,
      });
      continue;
    }
    if (options.signal?.aborted) {
      finish({
        file: name,
        status: 'failed',
        meetings: [],
        counts: null,
        warnings: [],
        error: `${name} was not imported: the import was cancelled.`,
      });
      continue;
    }
    const batch = batchOf(results.length);
    const result = await importOne(db, file, {
      ...options,
      onProgress:
        options.onProgress && ((progress) => options.onProgress?.({ ...progress, batch })),
    });
    finish(result);
    afterBatchFile(results.length);
    options.onProgress?.({
      file: result.file,
      done: 1,
      total: 1,
      message: `${result.file}: ${result.status}`,
      batch: batchOf(results.length),
    });
  }
  return results;
}
