// Other councils' papers in ../shared/corpus (each pack with its hand-written expected.json): every
// pack and format, imported into a fresh store, gives at least 90% of the structural facts a reader
// sees (meeting by date, committee, agenda items, minutes and their decisions, the number present),
// counted the way ../shared/corpus/score.py counts them. Skips with a note without the corpus.
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../db/store';
import { findMeetingIdByDate, getMeetingDetail } from '../../db/meeting-detail';
import { importFiles } from '../../electron/services/import/import-files';
import { summariseMeeting } from '../../electron/services/meeting-summary';
import { makeTempDir } from '../support/temp-store';

const corpusDir = path.resolve(__dirname, '../../../shared/corpus');
const haveCorpus = fs.existsSync(corpusDir);
const describeIfCorpus = haveCorpus ? describe : describe.skip;
if (!haveCorpus)
  console.warn(`The corpus of other councils' papers was not found at ${corpusDir}; skipping.`);

interface Expected {
  meetings: Array<{
    date: string;
    committee: string;
    agenda: Array<{ number: string; title: string }>;
    minutes: Array<{ number: string; title: string; resolutions: number }>;
    present?: number;
  }>;
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');

function sameTitle(expected: string, actual: string): boolean {
  const e = words(expected);
  const a = words(actual);
  if (e.length === 0 || a.length === 0) return false;
  if (` ${a.join(' ')} `.includes(` ${e.join(' ')} `)) return a.length <= e.length + 5;
  return ` ${e.join(' ')} `.includes(` ${a.join(' ')} `) && a.length * 2 >= e.length;
}

function sameCommittee(expected: string, actual: string): boolean {
  const e = words(expected);
  const a = new Set(words(actual));
  return e.length > 0 && e.every((word) => a.has(word)) && a.size <= 2 * e.length + 3;
}

const numberKey = (number: string | null) => (number ?? '').replace(/[\s.]+/g, '').toLowerCase();

/** Each pack and format the corpus holds: the files to import together and the facts expected. */
function cases(): Array<{ name: string; files: string[]; expected: Expected }> {
  if (!haveCorpus) return [];
  return fs
    .readdirSync(corpusDir)
    .filter((pack) => fs.existsSync(path.join(corpusDir, pack, 'expected.json')))
    .sort()
    .flatMap((pack) => {
      const folder = path.join(corpusDir, pack);
      const expected = JSON.parse(
        fs.readFileSync(path.join(folder, 'expected.json'), 'utf8'),
      ) as Expected;
      if (expected.meetings.length === 0) return [];
      const formats = ['txt', 'pdf', 'docx']
        .filter((format) => fs.existsSync(path.join(folder, `pack.${format}`)))
        .map((format) => ({
          name: `${pack} (${format})`,
          files: [path.join(folder, `pack.${format}`)],
          expected,
        }));
      const real = path.join(folder, 'files');
      if (fs.existsSync(real)) {
        const files = fs
          .readdirSync(real)
          .filter((file) => !file.startsWith('.'))
          .sort()
          .map((file) => path.join(real, file));
        formats.push({ name: `${pack} (real papers)`, files, expected });
      }
      return formats;
    });
}

async function scoreOf(files: string[], expected: Expected): Promise<{ got: number; of: number }> {
  const temp = makeTempDir();
  const store = await openStore(path.join(temp.dir, 'store.db'));
  try {
    await importFiles(store.db, files, { today: '2026-11-22' });
    let got = 0;
    let of = 0;
    const fact = (ok: boolean) => {
      of += 1;
      if (ok) got += 1;
    };
    for (const meeting of expected.meetings) {
      const ids = findMeetingIdByDate(store.db, meeting.date);
      const detail = ids.length === 1 ? getMeetingDetail(store.db, ids[0]!) : null;
      const found = detail ? summariseMeeting(detail) : null;
      fact(found !== null);
      fact(found !== null && sameCommittee(meeting.committee, found.committee ?? ''));
      for (const item of meeting.agenda) {
        const hits = (found?.agenda ?? []).filter(
          (candidate) => numberKey(candidate.number) === numberKey(item.number),
        );
        fact(hits.some((hit) => sameTitle(item.title, hit.title)));
      }
      for (const minute of meeting.minutes) {
        const hit = (found?.minutes ?? []).find(
          (candidate) => numberKey(candidate.number) === numberKey(minute.number),
        );
        fact(hit !== undefined);
        fact(hit !== undefined && hit.resolutions.length === minute.resolutions);
      }
      if (meeting.present !== undefined)
        fact(found !== null && found.attendance.present.length === meeting.present);
    }
    return { got, of };
  } finally {
    store.db.close();
    temp.remove();
  }
}

describeIfCorpus("reading other councils' papers", () => {
  it.each(cases().map((c) => [c.name, c] as const))(
    'finds at least 90%% of the structural facts in %s',
    async (_name, { files, expected }) => {
      const { got, of } = await scoreOf(files, expected);
      expect(got / of).toBeGreaterThanOrEqual(0.9);
    },
    120_000,
  );
});
