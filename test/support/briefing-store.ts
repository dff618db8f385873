// The 7 June 2022 seed pack (with the earlier packs it cites) in a temporary store, with one
// member question quoting a passage of the performance report, and briefings written from it by
// the real `scrutineer brief` command. Tests using it skip with a message when the seeds are absent.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/services/command-line';
import { openAppSession } from '../../electron/services/app-session';
import { dispatch } from '../../electron/services/dispatch';
import { makeTempDir } from './temp-store';

export const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
export const haveSeeds = fs.existsSync(seedsDir);

/** `describe` where the seed packs are present; elsewhere skipped, saying which tests and why. */
export function describeWithSeeds(which: string): jest.Describe {
  if (!haveSeeds) console.warn(`Seed packs not found at ${seedsDir}; skipping ${which}.`);
  return haveSeeds ? describe : describe.skip;
}
export const meetingDate = '2022-06-07';
/** Our own question, written for the tests (not words from the papers). */
export const memberQuestion =
  'Why are review timescales slipping for child protection cases, and when will they recover?';

export async function cli(...argv: string[]): Promise<string> {
  let stderr = '';
  let stdout = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  if (code !== 0) throw new Error(`scrutineer ${argv.join(' ')} failed: ${stderr}`);
  return stdout;
}

export interface BriefingStore {
  dir: string;
  storePath: string;
  /** The words of the report the member's question quotes. */
  quoted: string;
  remove: () => void;
}

/**
 * Imports the seeds into the store at `storePath` and adds the member's question, anchored to a
 * quoted passage of the performance report; answers with the meeting's id and the quoted words.
 */
export async function fillBriefingStore(
  storePath: string,
): Promise<{ meetingId: number; quoted: string }> {
  await cli('import', seedsDir, '--db', storePath);
  const session = await openAppSession(storePath, 'desktop');
  try {
    const meetings = await dispatch(session.handlers, 'meetings.list', {});
    if (!meetings.ok) throw new Error(meetings.error.message);
    const meeting = (meetings.result as { id: number; date: string }[]).find(
      (each) => each.date === meetingDate,
    )!;
    const detail = await dispatch(session.handlers, 'meetings.get', { id: meeting.id });
    if (!detail.ok) throw new Error(detail.error.message);
    const reports = (
      detail.result as {
        reports: { title: string; paragraphs: { id: number; text: string }[] }[];
      }
    ).reports;
    const performance = reports.find((report) => /performance/i.test(report.title))!;
    const paragraph = performance.paragraphs.find((each) =>
      /Child Protection cases/i.test(each.text),
    )!;
    const end = paragraph.text.indexOf(' ', 60);
    const added = await dispatch(session.handlers, 'workspace.addQuestion', {
      meetingId: meeting.id,
      text: memberQuestion,
      target: { kind: 'paragraph', paragraphId: paragraph.id, start: 0, end },
    });
    if (!added.ok) throw new Error(added.error.message);
    return { meetingId: meeting.id, quoted: paragraph.text.slice(0, end) };
  } finally {
    session.close();
  }
}

/** A temporary store filled by fillBriefingStore. */
export async function seedBriefingStore(): Promise<BriefingStore> {
  const temp = makeTempDir('scrutineer-briefing-');
  const storePath = path.join(temp.dir, 'store.db');
  const { quoted } = await fillBriefingStore(storePath);
  return { dir: temp.dir, storePath, quoted, remove: temp.remove };
}

/** Writes the briefing in one format with the command line; returns the file's path. */
export async function writeBriefing(
  store: BriefingStore,
  format: 'docx' | 'pdf' | 'html' | 'md',
  extra: string[] = [],
): Promise<string> {
  const out = path.join(store.dir, `briefing.${format}`);
  await cli(
    'brief',
    '--meeting',
    meetingDate,
    '--format',
    format,
    '--out',
    out,
    '--db',
    store.storePath,
    ...extra,
  );
  return out;
}
