// Page text kept deflated (migration 0008): a member's older store keeps everything and its pages
// stay searchable with snippets, pages are stored smaller than their text yet read back exactly,
// and the page index stays whole as documents come and go.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { getDocumentPage } from '../../db/documents';
import { readMigrations } from '../../db/migrate';
import { searchStore } from '../../db/search';
import { openStore } from '../../db/store';
import { runCli } from '../../electron/services/command-line';
import { samplePackPath } from '../../electron/services/app-session';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { makeTempDir, realMigrationsDir, removeTempDir } from '../fixtures/store/temp-store';

let dir: string;
beforeEach(() => (dir = makeTempDir()));
afterEach(() => removeTempDir(dir));

/** Words of a long invented page, varied enough that it is not one phrase repeated. */
function longPage(): string {
  const lines = ['Report of the Director of Highways', 'Winter gritting and road condition'];
  for (let n = 1; n <= 60; n += 1) {
    lines.push(
      `${n}. Route ${n * 7} was treated ${n % 4} times in week ${n % 13}; ` +
        `the depot at Marsh Lane reported ${n * 3} tonnes of salt used against a plan of ${n * 4}.`,
    );
  }
  lines.push('The committee is asked to note the cormorant bridge closure.');
  return lines.join('\n');
}

/** A store at schema 7 (before page text was deflated), written as that version wrote it. */
async function version7Store(file: string, page: string): Promise<void> {
  const oldDir = path.join(dir, 'migrations-v7');
  fs.mkdirSync(oldDir);
  for (const migration of readMigrations(realMigrationsDir).filter((m) => m.version <= 7)) {
    fs.writeFileSync(path.join(oldDir, migration.name), migration.sql);
  }
  const { db, schemaVersion } = await openStore(file, { migrationsDir: oldDir });
  expect(schemaVersion).toBe(7);
  db.exec(`
    INSERT INTO committee (id, name) VALUES (1, 'Highways Scrutiny');
    INSERT INTO meeting (id, committee_id, date, status) VALUES (1, 1, '2024-01-16', 'held');
    INSERT INTO document (id, sha256, file_name, format, page_count, byte_size, meeting_id)
      VALUES (1, '${'b'.repeat(64)}', 'highways-pack.pdf', 'pdf', 2, 5000, 1);
    INSERT INTO question (text, status, meeting_id, anchor_kind)
      VALUES ('When will the cormorant bridge reopen?', 'asked', 1, 'meeting');
    INSERT INTO note (body, meeting_id, anchor_kind) VALUES ('Ask about salt stocks', 1, 'meeting');`);
  const insertPage = db.prepare(
    'INSERT INTO document_page (document_id, page_number, text) VALUES (1, ?, ?)',
  );
  insertPage.run(1, 'Highways Scrutiny\nTuesday, 16 January 2024');
  insertPage.run(2, page);
  db.close();
}

/** FTS5's own check that the page index holds exactly the words of the pages it covers. */
function expectPageIndexWhole(db: Database.Database): void {
  expect(() =>
    db
      .prepare(
        "INSERT INTO document_page_fts (document_page_fts, rank) VALUES ('integrity-check', 1)",
      )
      .run(),
  ).not.toThrow();
  const indexed = db.prepare('SELECT count(*) FROM document_page_fts_docsize').pluck().get();
  expect(indexed).toBe(db.prepare('SELECT count(*) FROM document_page').pluck().get());
}

const pageHits = (db: Database.Database, words: string) =>
  searchStore(db, words, { limit: 50, kinds: ['page'] });

async function importFile(file: string, store: string): Promise<void> {
  let stderr = '';
  const code = await runCli(['import', file, '--db', store], {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
  });
  if (code !== 0) throw new Error(`import of ${file} failed: ${stderr}`);
}

describe('page text kept compressed', () => {
  it('an older store keeps its pages, questions and notes, and search still finds page words with a snippet', async () => {
    const file = path.join(dir, 'scrutineer.db');
    const page = longPage();
    await version7Store(file, page);

    const store = await openStore(file);
    const { db } = store;
    try {
      expect(store.schemaVersion).toBe(readMigrations(realMigrationsDir).length);
      expect(store.backupPath).toMatch(/backup-v7-/);
      expect(getDocumentPage(db, 1, 2)).toEqual({
        documentId: 1,
        fileName: 'highways-pack.pdf',
        page: 2,
        pageCount: 2,
        text: page,
      });
      expect(db.prepare('SELECT text, status FROM question').all()).toEqual([
        { text: 'When will the cormorant bridge reopen?', status: 'asked' },
      ]);
      expect(db.prepare('SELECT body FROM note').pluck().all()).toEqual(['Ask about salt stocks']);

      const [hit, ...others] = pageHits(db, 'cormorant bridge');
      expect(others).toEqual([]);
      expect(hit).toMatchObject({
        kind: 'page',
        title: 'highways-pack.pdf, page 2',
        meetingDate: '2024-01-16',
        committee: 'Highways Scrutiny',
        snippet: expect.stringContaining('note the cormorant bridge closure'),
      });
      const highlighted = hit!.highlights!.map(({ start, end }) => hit!.snippet.slice(start, end));
      expect(highlighted).toEqual(['cormorant', 'bridge']);
      expect(
        searchStore(db, 'cormorant', 50)
          .map((found) => found.kind)
          .sort(),
      ).toEqual(['page', 'question']);
      expectPageIndexWhole(db);
    } finally {
      db.close();
    }
  });

  it('stores a long page smaller than its text, yet the document reader shows exactly the text', async () => {
    const file = path.join(dir, 'scrutineer.db');
    await importFile(samplePackPath, file);
    const extracted = await extractDocument(samplePackPath);

    const { db } = await openStore(file);
    try {
      const documentId = db.prepare('SELECT id FROM document').pluck().get() as number;
      const stored = db
        .prepare(
          'SELECT page_number AS page, typeof(text_z) AS type, length(text_z) AS bytes FROM document_page ORDER BY page_number',
        )
        .all() as { page: number; type: string; bytes: number }[];
      expect(stored).toHaveLength(extracted.pages.length);
      const longest = extracted.pages.reduce((a, b) => (b.length > a.length ? b : a));
      const longestStored = stored[extracted.pages.indexOf(longest)]!;
      expect(longestStored.type).toBe('blob');
      expect(longestStored.bytes).toBeLessThan(Buffer.byteLength(longest, 'utf8') / 1.5);

      extracted.pages.forEach((text, index) => {
        expect(getDocumentPage(db, documentId, index + 1)?.text).toBe(text);
      });
      expectPageIndexWhole(db);
    } finally {
      db.close();
    }
  });

  it('a revised pack is found by its new wording, and a deleted document leaves nothing in the page index', async () => {
    const file = path.join(dir, 'scrutineer.db');
    await importFile(samplePackPath, file);
    const revised = path.join(dir, 'revised-pack.txt');
    const sample = fs.readFileSync(samplePackPath, 'utf8');
    fs.writeFileSync(
      revised,
      `${sample}\n\nAddendum: the kingfisher survey of the river corridor is attached.\n`,
    );
    await importFile(revised, file);

    const { db } = await openStore(file);
    try {
      const revisedId = db
        .prepare("SELECT id FROM document WHERE file_name = 'revised-pack.txt'")
        .pluck()
        .get() as number;
      expect(pageHits(db, 'kingfisher')).toEqual([
        expect.objectContaining({ snippet: expect.stringContaining('kingfisher survey') }),
      ]);
      expectPageIndexWhole(db);

      db.prepare('DELETE FROM document WHERE id = ?').run(revisedId);
      expect(pageHits(db, 'kingfisher')).toEqual([]);
      expect(pageHits(db, 'scrutiny').length).toBeGreaterThan(0);
      expectPageIndexWhole(db);
    } finally {
      db.close();
    }
  });
});
