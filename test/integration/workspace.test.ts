// The member's workspace against real stores and real imports, mostly through the command line a
// member or script would use: anchors that survive a revised pack, questions carried to the next
// meeting, sharing a file with a colleague, and a backup that restores every member table.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../../electron/services/command-line';
import { samplePackPath } from '../../electron/services/app-session';
import { callService } from '../../electron/services/cli-support';
import { makeTempDir } from '../support/temp-store';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.remove());

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  if (code !== 0) throw new Error(`scrutineer ${argv.join(' ')} failed: ${stderr}`);
  return { stdout, stderr, json: () => JSON.parse(stdout) };
}

async function storeWithSample(name = 'store.db'): Promise<string> {
  const db = path.join(temp.dir, name);
  await run('import', samplePackPath, '--db', db);
  return db;
}

const sample = fs.readFileSync(samplePackPath, 'utf8');
const rereferrals = "3. Re-referrals to children's social care within 12 months";
const careLeavers = '5. Care leavers in education, employment or training rose to 58.0% from 55.2%';

/** The sample pack revised: a new paragraph 3 pushes every later paragraph down by one. */
function renumberedPack(changes: (text: string) => string = (text) => text): string {
  const revised = changes(
    sample
      .replace(
        '6. The Committee is asked to note the report.',
        '7. The Committee is asked to note the report.',
      )
      .replace('5. Care leavers', '6. Care leavers')
      .replace('4. The proportion of child protection', '5. The proportion of child protection')
      .replace(
        rereferrals,
        "3. Staffing in the assessment teams was stable over the quarter.\n\n4. Re-referrals to children's social care within 12 months",
      ),
  );
  const file = path.join(temp.dir, 'revised-pack.txt');
  fs.writeFileSync(file, revised);
  return file;
}

describe("the member's workspace", () => {
  it('an anchored question finds its paragraph again after a revised pack renumbers the paragraphs', async () => {
    const db = await storeWithSample();
    const added = (
      await run(
        'questions',
        'add',
        '--meeting',
        '2027-01-12',
        '--item',
        '4',
        '--paragraph',
        '3',
        '--text',
        'Why have re-referrals risen for three quarters?',
        '--db',
        db,
        '--json',
      )
    ).json();
    expect(added.anchor).toMatchObject({ agendaNumber: '4', paragraph: '3', changed: false });
    expect(added.anchor.quote).toMatch(/^Re-referrals to children's social care/);

    await run('import', renumberedPack(), '--db', db);

    const [question] = (
      await run('questions', '--meeting', '2027-01-12', '--db', db, '--json')
    ).json();
    expect(question).toMatchObject({ id: added.id, anchor: { paragraph: '4', changed: false } });
    const store = new Database(db, { readonly: true });
    const paragraph = store
      .prepare('SELECT number, text FROM report_paragraph WHERE id = ?')
      .get(question.anchor.paragraphId) as { number: string; text: string };
    store.close();
    expect(paragraph.number).toBe('4');
    expect(paragraph.text).toMatch(/^Re-referrals to children's social care/);
  });

  it('a question whose text vanished is kept and flagged "the text it pointed to has changed"', async () => {
    const db = await storeWithSample();
    const added = (
      await run(
        'questions',
        'add',
        '--meeting',
        '2027-01-12',
        '--item',
        '4',
        '--paragraph',
        '5',
        '--text',
        'Which care leavers are not in work or training?',
        '--db',
        db,
        '--json',
      )
    ).json();
    const revised = renumberedPack((text) =>
      text.replace(
        careLeavers.replace('5.', '6.'),
        '6. The measure for young adults leaving care is being redefined and is not reported',
      ),
    );
    const imported = (await run('import', revised, '--db', db, '--json')).json();
    expect(imported[0].warnings.join(' ')).toMatch(
      /1 of your questions or notes points to text that has changed/,
    );

    const [question] = (
      await run('questions', '--meeting', '2027-01-12', '--db', db, '--json')
    ).json();
    expect(question).toMatchObject({
      id: added.id,
      text: 'Which care leavers are not in work or training?',
      anchor: { changed: true, paragraphId: null },
    });
    expect(question.anchor.quote).toMatch(/^Care leavers in education/);
  });

  it('an unasked question appears once under the next meeting, as carried from the held one', async () => {
    const db = await storeWithSample();
    const asked = (
      await run(
        'questions',
        'add',
        '--meeting',
        '2026-11-03',
        '--text',
        'Was the route review timetable circulated?',
        '--db',
        db,
        '--json',
      )
    ).json();
    const settled = (
      await run(
        'questions',
        'add',
        '--meeting',
        '2026-11-03',
        '--text',
        'How many re-referrals came from schools?',
        '--db',
        db,
        '--json',
      )
    ).json();
    await run(
      'questions',
      'set',
      String(settled.id),
      '--status',
      'answered',
      '--answer',
      'About a third.',
      '--db',
      db,
    );

    const next = (await run('questions', '--meeting', '2027-01-12', '--db', db, '--json')).json();
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({
      id: asked.id,
      status: 'draft',
      carriedFrom: {
        date: '2026-11-03',
        committee: 'Children and Young People Scrutiny Committee',
      },
    });
    const all = (await run('questions', '--db', db, '--json')).json();
    expect(all.map((question: { id: number }) => question.id)).toEqual([asked.id, settled.id]);
    expect(all[1]).toMatchObject({
      status: 'answered',
      answer: 'About a third.',
      carriedFrom: null,
    });

    // Asked at the next meeting, it stays listed there, still carried from the held one.
    await run(
      'questions',
      'set',
      String(asked.id),
      '--status',
      'asked',
      '--meeting',
      '2027-01-12',
      '--db',
      db,
    );
    const settledThere = (
      await run('questions', '--meeting', '2027-01-12', '--db', db, '--json')
    ).json();
    expect(settledThere).toEqual([
      expect.objectContaining({
        id: asked.id,
        status: 'asked',
        carriedFrom: expect.objectContaining({ date: '2026-11-03' }),
      }),
    ]);
    // Reopened, it is carried again; the held meeting's own list still holds it once.
    await run('questions', 'set', String(asked.id), '--status', 'follow-up', '--db', db);
    const held = (await run('questions', '--meeting', '2026-11-03', '--db', db, '--json')).json();
    expect(held.filter((question: { id: number }) => question.id === asked.id)).toHaveLength(1);
  });

  it("a file imported twice into a colleague's store adds each question once and overwrites nothing of theirs", async () => {
    const mine = await storeWithSample('mine.db');
    const theirs = await storeWithSample('theirs.db');
    await run(
      'questions',
      'add',
      '--meeting',
      '2027-01-12',
      '--item',
      '4',
      '--paragraph',
      '4',
      '--text',
      'Is the review backlog cleared?',
      '--db',
      mine,
    );
    await run(
      'questions',
      'add',
      '--meeting',
      '2027-01-12',
      '--item',
      '5',
      '--text',
      'When will parents be consulted?',
      '--db',
      mine,
    );
    const theirOwn = (
      await run(
        'questions',
        'add',
        '--meeting',
        '2027-01-12',
        '--text',
        'Their own question',
        '--db',
        theirs,
        '--json',
      )
    ).json();
    await run('questions', 'set', String(theirOwn.id), '--status', 'ready', '--db', theirs);
    const file = path.join(temp.dir, 'shared.json');
    await run('questions', 'export', '--meeting', '2027-01-12', '--out', file, '--db', mine);

    const first = (await run('questions', 'import', file, '--db', theirs, '--json')).json();
    const second = (await run('questions', 'import', file, '--db', theirs, '--json')).json();
    expect(first).toMatchObject({ questionsAdded: 2, questionsAlreadyHere: 0, textChanged: 0 });
    expect(second).toMatchObject({ questionsAdded: 0, questionsAlreadyHere: 2 });

    const listed = (
      await run('questions', '--meeting', '2027-01-12', '--db', theirs, '--json')
    ).json();
    expect(listed).toHaveLength(3);
    expect(listed.find((q: { id: number }) => q.id === theirOwn.id)).toMatchObject({
      text: 'Their own question',
      status: 'ready',
    });
    const shared = listed.find(
      (q: { text: string }) => q.text === 'Is the review backlog cleared?',
    );
    expect(shared.anchor).toMatchObject({ agendaNumber: '4', paragraph: '4', changed: false });
    expect(shared.anchor.paragraphId).toEqual(expect.any(Number));
  });

  it('refuses a file that is not a questions file, naming it and changing nothing', async () => {
    const db = await storeWithSample();
    const file = path.join(temp.dir, 'notes.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'something-else' }));
    const outcome = await runCli(['questions', 'import', file, '--db', db], {
      stdout: () => undefined,
      stderr: (text) => expect(text).toMatch(/notes\.json is not a questions file/),
    });
    expect(outcome).toBe(1);
  });

  it('finds questions by their answers, statuses and notes, and notes by their words, in search', async () => {
    const db = await storeWithSample();
    const added = (
      await run(
        'questions',
        'add',
        '--meeting',
        '2027-01-12',
        '--text',
        'Is the transport budget overspent?',
        '--db',
        db,
        '--json',
      )
    ).json();
    await run(
      'questions',
      'set',
      String(added.id),
      '--status',
      'follow-up',
      '--answer',
      'An overspend of forty thousand pounds is forecast.',
      '--db',
      db,
    );
    await callService(db, 'workspace.updateQuestion', {
      id: added.id,
      note: 'Chase the Section 151 officer.',
    });
    await callService(db, 'workspace.addNote', {
      meetingId: added.meetingId,
      body: 'Minibus contract ends in April.',
    });
    const kinds = async (words: string) =>
      (await callService(db, 'search.query', { text: words })).map(
        (hit) => `${hit.kind} ${hit.id}`,
      );
    expect(await kinds('forty thousand')).toContain(`question ${added.id}`);
    expect(await kinds('follow-up')).toContain(`question ${added.id}`);
    expect(await kinds('Section 151 officer')).toContain(`question ${added.id}`);
    expect((await kinds('minibus contract')).some((hit) => hit.startsWith('note '))).toBe(true);
  });

  it('anchors a question to a resolution in the minutes, quoting it', async () => {
    const db = await storeWithSample();
    const [held] = (await callService(db, 'meetings.list', {})).filter(
      (meeting) => meeting.date === '2026-11-03',
    );
    const detail = await callService(db, 'meetings.get', { id: held!.id });
    const resolution = detail.minutes.flatMap((minute) => minute.resolutions)[1]!;
    const question = await callService(db, 'workspace.addQuestion', {
      meetingId: held!.id,
      text: 'Has the re-referrals report been scheduled?',
      target: { kind: 'resolution', resolutionId: resolution.id },
    });
    expect(question.anchor).toMatchObject({
      kind: 'resolution',
      resolutionId: resolution.id,
      quote: resolution.text,
    });
  });

  it('backup then restore round-trips every member table', async () => {
    const db = await storeWithSample();
    await run(
      'questions',
      'add',
      '--meeting',
      '2027-01-12',
      '--item',
      '4',
      '--paragraph',
      '3',
      '--text',
      'First',
      '--db',
      db,
    );
    const store = new Database(db);
    store.exec(`
      INSERT INTO note (body, meeting_id, anchor_kind) VALUES ('A note to myself', 1, 'meeting');
      INSERT INTO tag (name) VALUES ('safeguarding');
      INSERT INTO question_tag (question_id, tag_id) SELECT max(id), 1 FROM question;
      INSERT INTO note_tag (note_id, tag_id) SELECT max(id), 1 FROM note;
      INSERT INTO resolution_event (resolution_id, status, note) SELECT min(id), 'done', 'Seen' FROM resolution;`);
    const memberTables = [
      'question',
      'note',
      'tag',
      'question_tag',
      'note_tag',
      'resolution_event',
    ];
    const snapshot = (handle: Database.Database) =>
      Object.fromEntries(
        memberTables.map((table) => [
          table,
          handle.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
        ]),
      );
    const before = snapshot(store);
    store.close();
    for (const table of memberTables) expect(before[table]!.length).toBeGreaterThan(0);

    const backup = path.join(temp.dir, 'backup.db');
    await run('backup', '--out', backup, '--db', db);
    await run(
      'questions',
      'add',
      '--meeting',
      '2027-01-12',
      '--text',
      'Written after the backup',
      '--db',
      db,
    );
    const restored = (await run('restore', backup, '--db', db, '--json')).json();

    const after = new Database(db, { readonly: true });
    expect(snapshot(after)).toEqual(before);
    after.close();
    const kept = new Database(restored.replacedCopy, { readonly: true });
    expect(
      kept
        .prepare("SELECT count(*) FROM question WHERE text = 'Written after the backup'")
        .pluck()
        .get(),
    ).toBe(1);
    kept.close();
  });

  it('refuses to restore a file that is not a Scrutineer store and leaves the store as it was', async () => {
    const db = await storeWithSample();
    const bogus = path.join(temp.dir, 'bogus.db');
    const other = new Database(bogus);
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
    other.close();
    const before = fs.readdirSync(temp.dir).sort();
    let stderr = '';
    const code = await runCli(['restore', bogus, '--db', db], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/bogus\.db is not a Scrutineer backup/);
    expect(fs.readdirSync(temp.dir).sort()).toEqual(before);
  });
});
