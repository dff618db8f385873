// Issue 14's promise for an archive import, checked on a real process: the command line is killed
// outright (SIGKILL, as when the machine dies) part-way through a folder of packs; what it said had
// landed is in the store, whole and once; the next run of the same import skips those files and
// imports the rest, so every pack's meeting ends up in the store exactly once.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openStore } from '../../db/store';
import { COMMITTEES, writeScaleArchive } from '../bench/scale-archive';
import { makeTempDir } from '../support/temp-store';

jest.setTimeout(120_000);
const root = path.resolve(__dirname, '../..');
/** Enough packs (about 70 ms each to import) that the kill lands long before the last one. */
const PACKS = 30;
/** Files reported as landed before the test kills the import. */
const KILL_AFTER = 5;

interface ImportLine {
  file: string;
  status: 'imported' | 'skipped' | 'failed';
  done: number;
  total: number;
}

interface ImportRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: ImportLine[];
  stderr: string;
}

/** "[12/30] imported /…/2006-01-10-01.txt (2006-01-10, 2005-11-29)" as its parts. */
function parseLine(line: string): ImportLine | null {
  const match = /^\[(\d+)\/(\d+)\] (imported|skipped|failed)\s+(\S+)/.exec(line);
  if (!match) return null;
  return {
    done: Number(match[1]),
    total: Number(match[2]),
    status: match[3] as ImportLine['status'],
    file: path.basename(match[4]!),
  };
}

/**
 * `scrutineer import <folder> --db <store>` as one real node process (not the tsx wrapper, whose
 * child would outlive a SIGKILL sent to it), killed once `killAfter` files have been imported.
 */
function runImport(folder: string, store: string, killAfter?: number): Promise<ImportRun> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli.ts', 'import', folder, '--db', store],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const lines: ImportLine[] = [];
  let stderr = '';
  let pending = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const line of complete) {
      const parsed = parseLine(line);
      if (parsed) lines.push(parsed);
    }
    const imported = lines.filter((line) => line.status === 'imported').length;
    if (killAfter !== undefined && imported >= killAfter && child.exitCode === null) {
      child.kill('SIGKILL');
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, lines, stderr }));
  });
}

/** The committee and date each pack files its meeting under, from its name (date-committee.txt). */
function meetingOf(file: string): { committee: string; date: string } {
  const match = /^(\d{4}-\d{2}-\d{2})-(\d{2})\.txt$/.exec(file);
  if (!match) throw new Error(`${file} is not a pack written by writeScaleArchive`);
  return { date: match[1]!, committee: COMMITTEES[Number(match[2])]! };
}

/** SQLite's own check of the file, and FTS5's check of every search index against its table. */
function expectStoreWhole(db: Database.Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const indexes = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'",
    )
    .pluck()
    .all() as string[];
  expect(indexes.length).toBeGreaterThan(0);
  for (const index of indexes) {
    expect(() =>
      db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run(),
    ).not.toThrow();
  }
}

/** How often the store holds the pack as a document, and its meeting (by committee and date). */
function timesStored(db: Database.Database, file: string): { documents: number; meetings: number } {
  const { committee, date } = meetingOf(file);
  const documents = db
    .prepare(
      `SELECT count(*) FROM document d
         JOIN meeting m ON m.id = d.meeting_id
         JOIN committee c ON c.id = m.committee_id
        WHERE d.file_name = ? AND c.name = ? AND m.date = ?`,
    )
    .pluck()
    .get(file, committee, date) as number;
  const meetings = db
    .prepare(
      `SELECT count(*) FROM meeting m JOIN committee c ON c.id = m.committee_id
        WHERE c.name = ? AND m.date = ?`,
    )
    .pluck()
    .get(committee, date) as number;
  return { documents, meetings };
}

const storedFiles = (db: Database.Database): string[] =>
  (
    db.prepare('SELECT file_name FROM document ORDER BY file_name').pluck().all() as string[]
  ).sort();

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.remove());

describe('an archive import killed part-way', () => {
  it('keeps what it said had landed, and the next run skips those files and imports the rest', async () => {
    const folder = path.join(temp.dir, 'archive');
    const storePath = path.join(temp.dir, 'store.db');
    const archive = writeScaleArchive(folder, PACKS * 50_000, 50_000);
    expect(archive.packs).toBe(PACKS);

    const first = await runImport(folder, storePath, KILL_AFTER);
    // The kill must have landed before the end, or this test would prove nothing.
    expect(first.signal).toBe('SIGKILL');
    const landed = first.lines.filter((line) => line.status === 'imported').map((l) => l.file);
    expect(landed.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(landed.length).toBeLessThan(PACKS);
    expect(first.lines.every((line) => line.total === PACKS)).toBe(true);
    expect(first.stderr).not.toMatch(/files in .* s:/);

    let afterKill: string[];
    {
      const { db } = await openStore(storePath);
      try {
        expectStoreWhole(db);
        for (const file of landed)
          expect([file, timesStored(db, file)]).toEqual([file, { documents: 1, meetings: 1 }]);
        afterKill = storedFiles(db);
      } finally {
        db.close();
      }
    }
    // Everything reported is kept; at most the one file being written as the kill landed may be
    // committed without its line having been printed.
    expect(afterKill).toEqual(expect.arrayContaining(landed));
    expect(afterKill.length - landed.length).toBeLessThanOrEqual(1);

    const second = await runImport(folder, storePath);
    expect(second.code).toBe(0);
    expect(second.lines).toHaveLength(PACKS);
    const skipped = second.lines.filter((line) => line.status === 'skipped').map((l) => l.file);
    const imported = second.lines.filter((line) => line.status === 'imported').map((l) => l.file);
    expect(skipped.sort()).toEqual(afterKill);
    expect(imported).toHaveLength(PACKS - afterKill.length);
    expect(second.stderr).toMatch(
      new RegExp(
        `${PACKS} files in [\\d.]+ s: ${PACKS - afterKill.length} imported, ${afterKill.length} skipped, 0 failed\\.`,
      ),
    );

    const { db } = await openStore(storePath);
    try {
      expectStoreWhole(db);
      const files = second.lines.map((line) => line.file).sort();
      expect(storedFiles(db)).toEqual(files);
      for (const file of files)
        expect([file, timesStored(db, file)]).toEqual([file, { documents: 1, meetings: 1 }]);
      const doubled = db
        .prepare(
          'SELECT committee_id, date FROM meeting GROUP BY committee_id, date HAVING count(*) > 1',
        )
        .all();
      expect(doubled).toEqual([]);
    } finally {
      db.close();
    }
  });
});
