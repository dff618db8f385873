// A member may quit (or the machine may die) in the middle of an import. Killing the importing
// process outright must leave the store intact: integrity_check ok, and every meeting whole.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { samplePackPath } from '../../electron/services/app-session';
import { makeTempDir } from '../support/temp-store';

jest.setTimeout(60_000);
const root = path.resolve(__dirname, '../..');

/** Forty versions of our sample pack, each for a different year's meeting (so none is skipped). */
function writeVariants(dir: string): void {
  const text = fs.readFileSync(samplePackPath, 'utf8');
  for (let index = 0; index < 40; index += 1) {
    const year = String(2040 + index);
    const variant = text
      .replace(/12 January 2027/g, `12 January ${year}`)
      .replace(/12 JANUARY 2027/g, `12 JANUARY ${year}`);
    fs.writeFileSync(path.join(dir, `pack-${year}.txt`), variant);
  }
}

it('leaves the store intact, with no partial meeting, when the import is killed part-way', async () => {
  const temp = makeTempDir();
  try {
    const packs = path.join(temp.dir, 'packs');
    fs.mkdirSync(packs);
    writeVariants(packs);
    const storePath = path.join(temp.dir, 'store.db');
    // Node itself runs the command line (tsx as a loader), so the kill reaches the importer and
    // not a wrapper process that would leave it running.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/cli.ts', 'import', packs, '--db', storePath],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Wait until some packs are in, then kill without warning.
    let imported = 0;
    while (imported < 3) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (!fs.existsSync(storePath)) continue;
      try {
        const reader = new Database(storePath, { readonly: true, fileMustExist: true });
        imported = (reader.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n;
        reader.close();
      } catch {
        // The store is still being created.
      }
    }
    child.kill('SIGKILL');
    await exited;

    const db = new Database(storePath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const documents = (db.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n;
    expect(documents).toBeGreaterThanOrEqual(3);
    expect(documents).toBeLessThan(40);
    const meetings = db
      .prepare(
        `SELECT m.date, (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id) AS items,
                (SELECT count(*) FROM report r WHERE r.meeting_id = m.id) AS reports,
                (SELECT count(*) FROM document d WHERE d.meeting_id = m.id) AS documents
           FROM meeting m WHERE m.date LIKE '20__-01-12'`,
      )
      .all();
    expect(meetings).toHaveLength(documents);
    for (const meeting of meetings)
      expect(meeting).toMatchObject({ items: 6, reports: 2, documents: 1 });
    db.close();
  } finally {
    temp.remove();
  }
});
