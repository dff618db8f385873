// Migrations on real store files: a new store, an older one brought up to date (with a backup), a
// migration that fails half way, a store from a newer Scrutineer, and a broken set of files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MigrationSetError, readMigrations } from '../../db/migrate';
import { openStore, StoreError } from '../../db/store';
import { makeTempDir, realMigrationsDir, removeTempDir } from '../fixtures/store/temp-store';

let dir: string;
let storeFile: string;

beforeEach(() => {
  dir = makeTempDir();
  storeFile = path.join(dir, 'scrutineer.db');
});
afterEach(() => removeTempDir(dir));

/** A migrations folder holding the real 0001 plus the extra files given. */
function migrationsWith(extra: Record<string, string>): string {
  const migrationsDir = path.join(dir, `migrations-${Object.keys(extra).join('-') || 'v1'}`);
  fs.mkdirSync(migrationsDir, { recursive: true });
  fs.copyFileSync(
    path.join(realMigrationsDir, '0001_initial.sql'),
    path.join(migrationsDir, '0001_initial.sql'),
  );
  for (const [name, sql] of Object.entries(extra)) {
    fs.writeFileSync(path.join(migrationsDir, name), sql);
  }
  return migrationsDir;
}

/** The schema version this Scrutineer's own migrations bring a store to. */
const latest = readMigrations(realMigrationsDir).length;

/** A store at schema 1 (only the first migration), holding one committee. */
async function makeVersion1StoreWithACommittee(): Promise<void> {
  const { db } = await openStore(storeFile, { migrationsDir: migrationsWith({}) });
  db.prepare("INSERT INTO committee (name) VALUES ('Children and Young People Scrutiny')").run();
  db.close();
}

function peek<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const committeeNames = (db: Database.Database): unknown[] =>
  db.prepare('SELECT name FROM committee').pluck().all();

describe('opening a store', () => {
  it('creates a new store at the latest schema, making its folder, with no backup', async () => {
    const nested = path.join(dir, 'not', 'yet', 'there', 'scrutineer.db');
    const store = await openStore(nested);
    expect(store).toMatchObject({
      path: nested,
      schemaVersion: latest,
      created: true,
      backupPath: null,
    });
    expect(store.db.pragma('user_version', { simple: true })).toBe(latest);
    const tables = store.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['meeting', 'question', 'indicator_value']));
    store.db.close();
  });

  it('reopens an up-to-date store without a backup and without changing its data', async () => {
    const created = await openStore(storeFile);
    created.db
      .prepare("INSERT INTO committee (name) VALUES ('Children and Young People Scrutiny')")
      .run();
    created.db.close();
    const store = await openStore(storeFile);
    expect(store).toMatchObject({ schemaVersion: latest, created: false, backupPath: null });
    expect(committeeNames(store.db)).toEqual(['Children and Young People Scrutiny']);
    store.db.close();
    expect(fs.readdirSync(dir).filter((name) => name.includes('backup'))).toEqual([]);
  });

  it('brings a version 1 store up to version 2, keeping its data and a backup of version 1', async () => {
    await makeVersion1StoreWithACommittee();
    const migrationsDir = migrationsWith({
      '0002_committee_short_name.sql': 'ALTER TABLE committee ADD COLUMN short_name TEXT;',
    });
    const store = await openStore(storeFile, { migrationsDir });
    expect(store.schemaVersion).toBe(2);
    expect(store.created).toBe(false);
    expect(committeeNames(store.db)).toEqual(['Children and Young People Scrutiny']);
    store.db.prepare("UPDATE committee SET short_name = 'CYP'").run();
    store.db.close();

    const backupPath = store.backupPath;
    expect(backupPath).toMatch(/scrutineer\.db\.backup-v1-[0-9T-]+Z\.db$/);
    if (!backupPath) throw new Error('no backup was reported');
    peek(backupPath, (backup) => {
      expect(backup.pragma('user_version', { simple: true })).toBe(1);
      expect(committeeNames(backup)).toEqual(['Children and Young People Scrutiny']);
    });
  });

  it('leaves a version 1 store exactly as it was when the version 2 migration fails', async () => {
    await makeVersion1StoreWithACommittee();
    const migrationsDir = migrationsWith({
      '0002_half_done.sql':
        'CREATE TABLE half_done (x INTEGER) STRICT;\nINSERT INTO no_such_table VALUES (1);',
    });
    const opening = openStore(storeFile, { migrationsDir });
    await expect(opening).rejects.toThrow(StoreError);
    await expect(opening).rejects.toThrow(
      /Could not update .*scrutineer\.db from schema 1 to 2: migration 0002_half_done\.sql failed: no such table: no_such_table\. The store was left as it was\. A backup taken beforehand is at /,
    );
    peek(storeFile, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(committeeNames(db)).toEqual(['Children and Young People Scrutiny']);
      const halfDone = db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").all();
      expect(halfDone).toEqual([]);
    });
    const reopened = await openStore(storeFile, { migrationsDir: migrationsWith({}) });
    expect(reopened.schemaVersion).toBe(1);
    reopened.db.close();
  });

  it('refuses a store written by a newer version of Scrutineer and leaves it unchanged', async () => {
    await makeVersion1StoreWithACommittee();
    const future = new Database(storeFile);
    future.pragma('journal_mode = DELETE'); // so that even switching on WAL would show
    future.pragma(`user_version = ${latest + 1}`);
    future.close();
    const before = fs.readFileSync(storeFile);

    await expect(openStore(storeFile)).rejects.toThrow(
      new StoreError(
        `${storeFile} was written by a newer version of Scrutineer (schema ${latest + 1}, this version knows ${latest}). ` +
          'Update Scrutineer to open it.',
      ),
    );
    expect(fs.readFileSync(storeFile).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.includes('backup'))).toEqual([]);
  });

  it('refuses a text file named like a store, saying it is not a database', async () => {
    const textFile = path.join(dir, 'x.db');
    fs.writeFileSync(textFile, 'Minutes of the meeting held on 1 January\n');
    await expect(openStore(textFile)).rejects.toThrow(
      new StoreError(`${textFile} is not a Scrutineer store (file is not a database).`),
    );
    expect(fs.readFileSync(textFile, 'utf8')).toBe('Minutes of the meeting held on 1 January\n');
  });

  it('refuses an SQLite database that some other program created', async () => {
    const other = new Database(storeFile);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    await expect(openStore(storeFile)).rejects.toThrow(
      /is not a Scrutineer store \(it already holds tables that Scrutineer did not create\)/,
    );
  });
});

describe('the migration files', () => {
  it('are read in number order however the folder lists them', () => {
    const migrationsDir = migrationsWith({
      '0003_third.sql': 'SELECT 3;',
      '0002_second.sql': 'SELECT 2;',
    });
    expect(readMigrations(migrationsDir).map((migration) => migration.name)).toEqual([
      '0001_initial.sql',
      '0002_second.sql',
      '0003_third.sql',
    ]);
  });

  it('must run 1, 2, 3 with no gaps, or no store is opened', async () => {
    const migrationsDir = migrationsWith({ '0003_skipped_two.sql': 'SELECT 3;' });
    expect(() => readMigrations(migrationsDir)).toThrow(MigrationSetError);
    expect(() => readMigrations(migrationsDir)).toThrow(
      /expected 2 but found 0003_skipped_two\.sql/,
    );
    await expect(openStore(storeFile, { migrationsDir })).rejects.toThrow(MigrationSetError);
    expect(fs.existsSync(storeFile)).toBe(false);
  });

  it('must be named like 0002_what_it_does.sql', () => {
    const migrationsDir = migrationsWith({ '2-oops.sql': 'SELECT 2;' });
    expect(() => readMigrations(migrationsDir)).toThrow(/2-oops\.sql .* is not named like/);
  });
});
