// Imports agenda packs (files or whole folders) into the store: extract → parse → ONE transaction.
// Each file gets its own result; a bad file is reported with its reason and the batch goes on, and
// the same file imported twice (same sha256) is skipped rather than duplicated.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { findDocumentBySha256, storePack, type PackCounts } from '../../../db/pack-writer';
import { messageOf } from '../../../shared/error-message';
import { extractDocument } from './extract/extract-document';
import { parsePack } from '../../../shared/readers/pack';
import { normalisePages } from '../../../shared/readers/lines';
import { storePackIndicators } from './indicators/store-indicators';
import type { EventBus } from '../events';

export interface ImportFileResult {
  file: string;
  status: 'imported' | 'skipped' | 'failed';
  meetings: string[];
  counts: PackCounts | null;
  warnings: string[];
  error: string | null;
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
  }) => void;
  /** Shown in results instead of the path on disk (an upload's own file name, say). */
  displayName?: (file: string) => string;
}

/** Sends import progress to the UI through the app's event bus. */
export function publishImportProgress(bus: EventBus): NonNullable<ImportOptions['onProgress']> {
  return ({ file, done, total, message }) =>
    bus.publish({ type: 'progress', task: 'import', file, done, total, message });
}

const packExtensions = new Set(['.pdf', '.docx', '.txt', '.md', '.markdown', '.text']);

/** Files named directly are always tried; folders contribute the pack-like files inside them. */
export function expandPackPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const given of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(given).isDirectory();
    } catch {
      // A missing path is reported by the import itself, with its name.
    }
    if (!isFolder) {
      files.push(given);
      continue;
    }
    const inside = readdirSync(given, { withFileTypes: true })
      .map((entry) => path.join(given, entry.name))
      .sort((a, b) => a.localeCompare(b));
    files.push(
      ...expandPackPaths(
        inside.filter(
          (p) => statSync(p).isDirectory() || packExtensions.has(path.extname(p).toLowerCase()),
        ),
      ),
    );
  }
  return files;
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
    if (known) {
      return {
        ...base,
        status: 'skipped',
        warnings: [`${name} was imported before (as ${known.fileName}); nothing was changed.`],
      };
    }
    // Normalised once, for the pack parsers and the indicator readers alike.
    const lines = normalisePages(document.pages);
    const pack = parsePack({ pages: document.pages, lines });
    const stored = storePack(
      db,
      { ...document, fileName: path.basename(name) },
      pack,
      options.today,
      (documentId) => {
        const indicators = storePackIndicators(db, documentId, pack, lines);
        return { figures: indicators.statements, warnings: indicators.warnings };
      },
    );
    return {
      ...base,
      status: 'imported',
      meetings: stored.meetings,
      counts: stored.counts,
      warnings: [...document.warnings, ...stored.warnings],
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
  const files = expandPackPaths(paths);
  const results: ImportFileResult[] = [];
  for (const file of files) {
    if (options.signal?.aborted) {
      const name = options.displayName?.(file) ?? path.basename(file);
      results.push({
        file: name,
        status: 'failed',
        meetings: [],
        counts: null,
        warnings: [],
        error: `${name} was not imported: the import was cancelled.`,
      });
      continue;
    }
    const result = await importOne(db, file, options);
    results.push(result);
    options.onProgress?.({
      file: result.file,
      done: 1,
      total: 1,
      message: `${result.file}: ${result.status}`,
    });
  }
  return results;
}
