// Imports files the member chose or dropped in the UI. Both hosts carry them as base64 (no file
// paths cross the contract); they are written to a private temporary folder, imported by
// name, and the folder is removed whatever happens.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { defaultMaxBytes } from './extract/extract-document';
import { importFiles, type ImportFileResult, type ImportOptions } from './import-files';

/**
 * The largest upload one import may carry, as it travels: the import's own size limit for a file,
 * as base64 (4 characters for each 3 bytes), with room for the names and JSON around it.
 */
export const maxUploadBytes = Math.ceil(defaultMaxBytes / 3) * 4 + 64 * 1024;

export interface UploadedFile {
  name: string;
  dataBase64: string;
}

export async function importUploads(
  db: Database.Database,
  files: UploadedFile[],
  options: ImportOptions,
): Promise<ImportFileResult[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'scrutineer-upload-'));
  try {
    const names = new Map<string, string>();
    const paths = files.map((file, index) => {
      // A numbered sub-folder keeps two uploads with the same name apart.
      const target = path.join(folder, String(index), path.basename(file.name));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, Buffer.from(file.dataBase64, 'base64'), { mode: 0o600 });
      names.set(target, file.name);
      return target;
    });
    return await importFiles(db, paths, {
      ...options,
      displayName: (file) => names.get(file) ?? path.basename(file),
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
