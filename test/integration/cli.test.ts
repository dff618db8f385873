// The command line over the same services: creating a store, listing meetings as JSON, and
// failing with a clear message and a non-zero exit code when asked for something it cannot do.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/services/command-line';
import { makeTempDir } from '../support/temp-store';
import { samplePackPath } from '../../electron/services/app-session';
import { readMigrations } from '../../db/migrate';
import { realMigrationsDir } from '../fixtures/store/temp-store';

/** The schema version a new store is created at. */
const latest = readMigrations(realMigrationsDir).length;

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.remove());

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('the scrutineer command line', () => {
  it('creates a store with init and then lists its meetings as an empty JSON array', async () => {
    const db = path.join(temp.dir, 'x.db');
    const init = await run('init', '--db', db);
    expect(init.code).toBe(0);
    expect(init.stderr).toMatch(
      new RegExp(`Created store .*x\\.db at schema version ${latest}\\.`),
    );
    expect(fs.existsSync(db)).toBe(true);
    const meetings = await run('meetings', '--db', db, '--json');
    expect(meetings.code).toBe(0);
    expect(JSON.parse(meetings.stdout)).toEqual([]);
  });

  it('says the store was opened, not created, when init runs a second time', async () => {
    const db = path.join(temp.dir, 'x.db');
    await run('init', '--db', db);
    const again = await run('init', '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({
      created: false,
      schemaVersion: latest,
      backupPath: null,
    });
  });

  it('refuses to list meetings from a store that does not exist, and says how to create one', async () => {
    const result = await run('meetings', '--db', path.join(temp.dir, 'missing.db'), '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/There is no store at .*missing\.db.*scrutineer init --db/);
  });

  it('refuses a file that is not a store without changing it', async () => {
    const notes = path.join(temp.dir, 'notes.db');
    fs.writeFileSync(notes, 'my private notes, not a database');
    const result = await run('meetings', '--db', notes);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/notes\.db/);
    expect(fs.readFileSync(notes, 'utf8')).toBe('my private notes, not a database');
  });

  it('names an unknown command and lists the real ones in --help', async () => {
    const unknown = await run('frobnicate', '--db', 'x.db');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no command "frobnicate"/);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/init --db <file>/);
    expect(help.stdout).toMatch(/meetings --db <file> \[--json\]/);
  });

  it('runs as a real process through npm run cli, JSON on stdout and messages on stderr', () => {
    const db = path.join(temp.dir, 'real.db');
    const root = path.resolve(__dirname, '../..');
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    execFileSync(tsx, ['electron/cli.ts', 'init', '--db', db], { cwd: root, stdio: 'pipe' });
    const listed = spawnSync(tsx, ['electron/cli.ts', 'meetings', '--db', db, '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(listed.status).toBe(0);
    expect(listed.stdout.trim()).toBe('[]');
    const failed = spawnSync(
      tsx,
      ['electron/cli.ts', 'meetings', '--db', path.join(temp.dir, 'nope.db')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/There is no store/);
  });

  it('imports packs, prints one JSON result per file, and exits 1 when any file failed', async () => {
    const db = path.join(temp.dir, 'x.db');
    const bad = path.join(temp.dir, 'broken.pdf');
    fs.writeFileSync(bad, 'this is not a PDF');
    const result = await run('import', samplePackPath, bad, '--db', db, '--json');
    expect(result.code).toBe(1);
    const printed = JSON.parse(result.stdout);
    expect(printed).toEqual([
      expect.objectContaining({
        file: samplePackPath,
        status: 'imported',
        meetings: ['2027-01-12', '2026-11-03'],
        error: null,
      }),
      expect.objectContaining({
        file: bad,
        status: 'failed',
        meetings: [],
        error: expect.stringContaining('broken.pdf'),
      }),
    ]);
    expect(printed[0].counts).toMatchObject({ agendaItems: 6, reports: 2 });
    expect(result.stderr).toMatch(/failed\s+.*broken\.pdf/);
  });

  it('numbers each file as it lands and ends with a count of imported, skipped and failed files', async () => {
    const db = path.join(temp.dir, 'x.db');
    const bad = path.join(temp.dir, 'broken.pdf');
    fs.writeFileSync(bad, 'this is not a PDF');
    await run('import', samplePackPath, '--db', db);
    const result = await run('import', samplePackPath, bad, '--db', db);
    const lines = result.stderr.split('\n').filter((line) => /^\[\d+\/\d+\]/.test(line));
    expect(lines).toEqual([
      expect.stringMatching(/^\[1\/2\] skipped\s/),
      expect.stringMatching(/^\[2\/2\] failed\s+.*broken\.pdf/),
    ]);
    expect(result.stderr).toMatch(/^2 files in \d+\.\d s: 0 imported, 1 skipped, 1 failed\.$/m);
  });

  it('skips a pack imported before and exits 0', async () => {
    const db = path.join(temp.dir, 'x.db');
    await run('import', samplePackPath, '--db', db);
    const again = await run('import', samplePackPath, '--db', db, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([expect.objectContaining({ status: 'skipped' })]);
  });

  it('prints one meeting as JSON: front sheet, agenda, attendance, minutes, reports and sources', async () => {
    const db = path.join(temp.dir, 'x.db');
    await run('import', samplePackPath, '--db', db);
    const meeting = await run('meeting', '--date', '2027-01-12', '--db', db, '--json');
    expect(meeting.code).toBe(0);
    const printed = JSON.parse(meeting.stdout);
    expect(printed).toMatchObject({
      committee: 'Children and Young People Scrutiny Committee',
      date: '2027-01-12',
      time: '10:00',
      contact: { name: 'Priya Natarajan', phone: '01632 960123' },
      agenda: expect.arrayContaining([
        {
          number: '4',
          title: 'Quarter 2 2026/27 Performance Report',
          reportBy: "Director of Children's Services",
          pages: { from: 4, to: 5 },
        },
      ]),
      reports: [
        expect.objectContaining({ agendaNumber: '4' }),
        expect.objectContaining({ agendaNumber: '5' }),
      ],
      sources: [
        { file: 'sample-agenda-pack.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ],
    });
    const recorded = await run('meeting', '--date', '2026-11-03', '--db', db, '--json');
    expect(JSON.parse(recorded.stdout).attendance).toMatchObject({
      chair: 'Cllr J. Archer',
      inAttendance: ['Cllr R. Tucker'],
    });
  });

  it('says plainly when there is no meeting on the date asked for', async () => {
    const db = path.join(temp.dir, 'x.db');
    await run('init', '--db', db);
    const result = await run('meeting', '--date', '2030-01-01', '--db', db, '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no meeting on 2030-01-01/);
    const badDate = await run('meeting', '--date', 'next tuesday', '--db', db);
    expect(badDate.stderr).toMatch(/--date YYYY-MM-DD/);
  });
});
