// Reads the numbered migration files and applies the pending ones: all of them in one transaction
// that also sets PRAGMA user_version, so a store is always at exactly one known schema version.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { messageOf } from '../shared/error-message';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Thrown when the migration files themselves are wrong: a developer's mistake, not the user's. */
export class MigrationSetError extends Error {}

/** Where the migrations live at run time; the Electron bundle copies this folder next to main.js. */
export const defaultMigrationsDir = path.join(__dirname, 'migrations');

const migrationFileName = /^(\d{4})_[a-z0-9_-]+\.sql$/;

/** Reads `NNNN_name.sql` files, sorted by number, and checks they run 1..N with no gaps. */
export function readMigrations(dir: string = defaultMigrationsDir): Migration[] {
  let fileNames: string[];
  try {
    fileNames = readdirSync(dir).filter((name) => name.endsWith('.sql'));
  } catch (error) {
    throw new MigrationSetError(`Cannot read the migrations folder ${dir}: ${messageOf(error)}`);
  }
  const migrations = fileNames.map((name): Migration => {
    const match = migrationFileName.exec(name);
    if (!match?.[1]) {
      throw new MigrationSetError(
        `Migration file ${name} in ${dir} is not named like 0002_what_it_does.sql.`,
      );
    }
    return { version: Number(match[1]), name, sql: readFileSync(path.join(dir, name), 'utf8') };
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationSetError(
        `Migrations in ${dir} must be numbered 1, 2, 3 … with no gaps or repeats; ` +
          `expected ${index + 1} but found ${migration.name}.`,
      );
    }
  });
  if (migrations.length === 0) throw new MigrationSetError(`There are no migrations in ${dir}.`);
  return migrations;
}

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration newer than the store's user_version in ONE transaction, then checks
 * foreign keys. Any failure rolls everything back and rethrows, leaving the store as it was.
 */
export function applyMigrations(db: Database.Database, migrations: Migration[]): number {
  const current = readUserVersion(db);
  const pending = migrations.filter((migration) => migration.version > current);
  const last = pending[pending.length - 1];
  if (!last) return current;
  db.transaction(() => {
    for (const migration of pending) {
      try {
        db.exec(migration.sql);
      } catch (error) {
        throw new Error(`migration ${migration.name} failed: ${messageOf(error)}`);
      }
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(`after migrating, ${broken.length} rows break foreign keys`);
    }
    db.pragma(`user_version = ${last.version}`);
  })();
  return last.version;
}
