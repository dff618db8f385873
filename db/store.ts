// Opens (or creates) a Scrutineer store: checks the file really is one, sets the pragmas every
// connection needs, backs up an older store and brings its schema up to date in one transaction.
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { messageOf } from '../shared/error-message';
import { applyMigrations, defaultMigrationsDir, readMigrations, readUserVersion } from './migrate';
import { registerPageTextFunctions } from './page-text';
import { unusableStorePath } from './store-access';

export interface OpenedStore {
  db: Database.Database;
  path: string;
  schemaVersion: number;
  backupPath: string | null;
  created: boolean;
}

export interface OpenStoreOptions {
  /** Folder of numbered .sql migrations; tests point this at a copy with extra versions. */
  migrationsDir?: string;
  /** better-sqlite3's compiled addon to load instead of its own (the Electron build, say). */
  nativeBinding?: string;
}

/** A store that cannot be opened, with a message a person can read that names the file. */
export class StoreError extends Error {}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

function startsLikeSqlite(file: string): boolean {
  const header = Buffer.alloc(sqliteHeader.length);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(sqliteHeader);
  } finally {
    closeSync(fd);
  }
}

function notAStore(file: string, why: string): StoreError {
  return new StoreError(`${file} is not a Scrutineer store (${why}).`);
}

/** `<file>.backup-v<old>-<timestamp>.db`, with a timestamp safe in file names on every system. */
export function backupPathFor(file: string, oldVersion: number, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${file}.backup-v${oldVersion}-${stamp}.db`;
}

function connect(file: string, nativeBinding?: string): Database.Database {
  try {
    const db = new Database(file, nativeBinding ? { nativeBinding } : undefined);
    db.pragma('busy_timeout = 5000');
    // A read that fails here (SQLITE_NOTADB) catches files the header check let through.
    readUserVersion(db);
    // Page text is stored deflated: the schema's view and triggers (and migration 0008) need these.
    registerPageTextFunctions(db);
    return db;
  } catch (error) {
    throw notAStore(file, messageOf(error).toLowerCase());
  }
}

function setPragmas(db: Database.Database, file: string): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') {
    throw new StoreError(`${file} could not be switched to write-ahead logging (it is "${mode}").`);
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

function holdsOtherData(db: Database.Database): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
    n: number;
  };
  return row.n > 0;
}

/**
 * After an upgrade that left a quarter or more of the file free, rewrites it compactly (VACUUM
 * cannot run inside the migrations' transaction). Migration 0008 rewrote every page's text
 * deflated, which would otherwise leave an upgraded store as large as before with the old text's
 * pages free. A compaction that fails (a full disk, say) is rolled back by SQLite and changes
 * nothing: the upgraded store works as it is, only larger, so the failure is not the member's.
 */
function compactIfMostlyFree(db: Database.Database): void {
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  if (free * 4 < pages) return;
  try {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Left as it was; see above.
  }
}

export async function openStore(
  file: string,
  options: OpenStoreOptions = {},
): Promise<OpenedStore> {
  const storePath = path.resolve(file);
  const migrations = readMigrations(options.migrationsDir ?? defaultMigrationsDir);
  const latest = migrations.length;

  try {
    mkdirSync(path.dirname(storePath), { recursive: true });
  } catch (error) {
    throw new StoreError(`Cannot create the folder for ${storePath}: ${messageOf(error)}.`);
  }
  const unusable = unusableStorePath(storePath);
  if (unusable) throw new StoreError(unusable);
  const existed = existsSync(storePath) && statSync(storePath).size > 0;
  if (existed && !startsLikeSqlite(storePath)) throw notAStore(storePath, 'file is not a database');

  const db = connect(storePath, options.nativeBinding);
  try {
    // Everything up to the backup only reads, so a refused store is left exactly as it was.
    const oldVersion = readUserVersion(db);
    if (oldVersion > latest) {
      throw new StoreError(
        `${storePath} was written by a newer version of Scrutineer (schema ${oldVersion}, ` +
          `this version knows ${latest}). Update Scrutineer to open it.`,
      );
    }
    if (oldVersion === 0 && holdsOtherData(db)) {
      throw notAStore(storePath, 'it already holds tables that Scrutineer did not create');
    }
    let backupPath: string | null = null;
    if (oldVersion >= 1 && oldVersion < latest) {
      backupPath = backupPathFor(storePath, oldVersion);
      try {
        await db.backup(backupPath);
      } catch (error) {
        throw new StoreError(
          `Could not back up ${storePath} to ${backupPath} before updating it, so it was not ` +
            `updated: ${messageOf(error)}.`,
        );
      }
    }
    setPragmas(db, storePath);
    let schemaVersion: number;
    try {
      schemaVersion = applyMigrations(db, migrations);
    } catch (error) {
      const kept = backupPath ? ` A backup taken beforehand is at ${backupPath}.` : '';
      throw new StoreError(
        `Could not update ${storePath} from schema ${oldVersion} to ${latest}: ${messageOf(error)}. ` +
          `The store was left as it was.${kept}`,
      );
    }
    if (oldVersion >= 1 && schemaVersion > oldVersion) compactIfMostlyFree(db);
    return { db, path: storePath, schemaVersion, backupPath, created: oldVersion === 0 };
  } catch (error) {
    db.close();
    throw error;
  }
}
