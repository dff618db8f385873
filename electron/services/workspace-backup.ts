// Backing up the whole store to one file and restoring it. A backup is SQLite's online backup, so
// the copy is consistent while the app runs. A restore first checks the file really is a
// Scrutineer store this version can open, keeps a copy of the store it replaces, and only then
// copies the backup in; an older backup is then brought up to date like any older store.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrations, readUserVersion } from '../../db/migrate';
import { openStore } from '../../db/store';
import { messageOf } from '../../shared/error-message';

/** A backup or restore that cannot go ahead, with a message naming the file and the reason. */
export class BackupError extends Error {}

/** Tables every Scrutineer store has had since schema 1: their absence means it is not one. */
const requiredTables = ['meeting', 'document', 'question', 'note', 'tag'];

/**
 * Writes a consistent copy of the open store to `out`. An existing file is refused unless
 * `replace` is set (the member confirmed it in the save dialog); then the copy is written beside
 * it and moved into place, so a failed backup never leaves half a file where the old one was.
 */
export async function backupStore(
  db: Database.Database,
  out: string,
  { replace = false }: { replace?: boolean } = {},
): Promise<string> {
  const target = path.resolve(out);
  if (existsSync(target) && !replace) {
    throw new BackupError(`${target} already exists; choose a new file name for the backup.`);
  }
  const partial = `${target}.partial`;
  try {
    rmSync(partial, { force: true });
    await db.backup(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`Could not write the backup ${target}: ${messageOf(error)}.`);
  }
  return target;
}

/** Checks a file is a whole, uncorrupted Scrutineer store of a version this app can open. */
export function checkBackup(file: string): { schemaVersion: number } {
  const source = path.resolve(file);
  if (!existsSync(source)) throw new BackupError(`There is no file ${source} to restore.`);
  const latest = readMigrations().length;
  let db: Database.Database;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${source} is not a Scrutineer backup: ${messageOf(error)}.`);
  }
  try {
    const schemaVersion = readUserVersion(db);
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((row) => row.name),
    );
    const missing = requiredTables.filter((table) => !tables.has(table));
    if (schemaVersion < 1 || missing.length > 0) {
      throw new BackupError(
        `${source} is not a Scrutineer backup (it has no ${missing.join(', ') || 'schema version'}).`,
      );
    }
    if (schemaVersion > latest) {
      throw new BackupError(
        `${source} was written by a newer Scrutineer (schema ${schemaVersion}; this version knows ${latest}). Update Scrutineer to restore it.`,
      );
    }
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${source} is damaged: ${String(integrity)}.`);
    return { schemaVersion };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${source} is not a Scrutineer backup: ${messageOf(error)}.`);
  } finally {
    db.close();
  }
}

/** `<store>.before-restore-<timestamp>.db`, with a timestamp safe in file names everywhere. */
export function replacedCopyPath(store: string, now: Date = new Date()): string {
  return `${store}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}.db`;
}

export interface Restored {
  store: string;
  restoredFrom: string;
  /** Where the store that was replaced was kept; null when there was none. */
  replacedCopy: string | null;
  schemaVersion: number;
}

/**
 * Replaces the store at `storePath` with the backup `file`. Nothing is replaced unless the backup
 * passes checkBackup and a copy of the current store has been written first.
 */
export async function restoreStore(file: string, storePath: string): Promise<Restored> {
  const source = path.resolve(file);
  const store = path.resolve(storePath);
  if (source === store) throw new BackupError('A store cannot be restored from itself.');
  checkBackup(source);
  let replacedCopy: string | null = null;
  if (existsSync(store)) {
    const current = await openStore(store);
    try {
      replacedCopy = replacedCopyPath(store);
      await current.db.backup(replacedCopy);
    } catch (error) {
      throw new BackupError(
        `Could not keep a copy of ${store} before restoring, so nothing was replaced: ${messageOf(error)}.`,
      );
    } finally {
      current.db.close();
    }
  }
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(store);
  } catch (error) {
    const kept = replacedCopy ? ` The store as it was is kept at ${replacedCopy}.` : '';
    throw new BackupError(`Could not restore ${source} into ${store}: ${messageOf(error)}.${kept}`);
  } finally {
    backup.close();
  }
  // An older backup is brought up to this version's schema (with its own safety copy).
  const reopened = await openStore(store);
  const schemaVersion = reopened.schemaVersion;
  reopened.db.close();
  return { store, restoredFrom: source, replacedCopy, schemaVersion };
}
