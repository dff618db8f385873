// Measures the chair's action tracker on a large store (npm run bench:actions): three panels of
// sixty meetings, thirty resolutions each (5,400 in all), filed whole, then again as after one
// pack (one committee), one committee's list read whole and its first page as the Actions page
// asks it, each printed with its target.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openStore } from '../../db/store';
import { fileActions, listActions } from '../../db/actions';
import { trackedKinds } from '../../shared/actions/kinds';
import { makeTempDir } from '../support/temp-store';

const targets = { wholeStoreMs: 5000, onePackMs: 1500, listMs: 500, pageMs: 50 } as const;
const subjects = [
  'bus network',
  'gully cleansing',
  'street lighting',
  'waste collection',
  'tree planting',
  'parking charges',
  'flood defences',
  'cycle lanes',
  'road safety',
  'air quality',
  'library hours',
  'leisure centres',
];

function fill(db: Database.Database): number {
  const insert = {
    committee: db.prepare('INSERT INTO committee (name) VALUES (?)'),
    meeting: db.prepare('INSERT INTO meeting (committee_id, date) VALUES (?, ?)'),
    item: db.prepare(
      'INSERT INTO agenda_item (meeting_id, number, title, position) VALUES (?, ?, ?, ?)',
    ),
    minute: db.prepare(
      'INSERT INTO minute (meeting_id, number, title, body, position) VALUES (?, ?, ?, ?, ?)',
    ),
    resolution: db.prepare(
      'INSERT INTO resolution (minute_id, label, text, kind, position) VALUES (?, ?, ?, ?, ?)',
    ),
  };
  let firstMeeting = 0;
  db.transaction(() => {
    for (let c = 1; c <= 3; c += 1) {
      const committee = Number(insert.committee.run(`Bench Panel ${c}`).lastInsertRowid);
      for (let m = 0; m < 60; m += 1) {
        const date = `${2015 + Math.floor(m / 6)}-${String((m % 6) * 2 + 1).padStart(2, '0')}-10`;
        const meeting = Number(insert.meeting.run(committee, date).lastInsertRowid);
        firstMeeting ||= meeting;
        for (let i = 0; i < 15; i += 1) {
          const subject = subjects[(m + i) % subjects.length]!;
          insert.item.run(meeting, String(i + 1), `${subject} update ${i}`, i);
        }
        for (let n = 0; n < 10; n += 1) {
          const subject = (k: number): string => subjects[(m + n + k) % subjects.length]!;
          const minute = Number(
            insert.minute.run(meeting, String(m * 10 + n), `Review of ${subject(0)}`, '', n)
              .lastInsertRowid,
          );
          insert.resolution.run(minute, 'a', 'That the report be noted.', 'noting', 0);
          insert.resolution.run(
            minute,
            'b',
            `That a further report on ${subject(3)} be brought to the next meeting.`,
            'request',
            1,
          );
          insert.resolution.run(
            minute,
            null,
            `The Director undertook to circulate figures on ${subject(5)} to members.`,
            'commitment',
            2,
          );
        }
      }
    }
  })();
  return Number(
    db
      .prepare(
        "INSERT INTO document (sha256, file_name, format, byte_size, meeting_id) VALUES (?, 'bench.txt', 'text', 1, ?)",
      )
      .run('b'.repeat(64), firstMeeting).lastInsertRowid,
  );
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const temp = makeTempDir('scrutineer-bench-actions-');
  try {
    const { db } = await openStore(path.join(temp.dir, 'store.db'));
    const documentId = fill(db);
    const resolutions = (db.prepare('SELECT count(*) AS n FROM resolution').get() as { n: number })
      .n;
    const wholeMs = timed(() => fileActions(db));
    const packMs = timed(() => fileActions(db, documentId));
    let rows = 0;
    const listMs = timed(() => {
      rows = listActions(db, { committee: 'Bench Panel 1' }, '2026-11-26').length;
    });
    // What the Actions page asks first: one committee's tracked actions, a hundred (and one).
    const pageMs = timed(() =>
      listActions(db, { committeeName: 'Bench Panel 1', kinds: [...trackedKinds] }, '2026-11-26', {
        limit: 101,
      }),
    );
    db.close();
    const line = (what: string, ms: number, target: number): string =>
      `${what.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  target ${target} ms  ratio ${(ms / target).toFixed(2)}`;
    console.log(`Store: ${resolutions} resolutions in 3 committees of 60 meetings`);
    console.log(line('file every action in the store', wholeMs, targets.wholeStoreMs));
    console.log(line('file after one pack (one committee)', packMs, targets.onePackMs));
    console.log(line(`list one committee (${rows} actions)`, listMs, targets.listMs));
    console.log(line('first page of one committee (101 actions)', pageMs, targets.pageMs));
  } finally {
    temp.remove();
  }
}

void main();
