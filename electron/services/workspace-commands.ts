// `scrutineer questions …`, `backup` and `restore`: the member's workspace from the command line.
// Questions are added and changed through the same validated contract as the app; sharing files
// and backups work on the store directly, each in one step that changes nothing when it fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shareFileSchema } from '../../shared/anchors/share-file';
import { messageOf } from '../../shared/error-message';
import type { Args } from '../../shared/contract';
import { allQuestions } from '../../db/workspace-questions';
import { exportMeetingWork, importSharedWork } from '../../db/workspace-share';
import { openAppSession } from './app-session';
import { callService, CliError, type Command, type CommandOptions } from './cli-support';
import { localToday } from './handlers';
import { backupStore, restoreStore } from './workspace-backup';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The one meeting on --meeting's date (narrowed by --committee words when two met that day). */
async function meetingOn(db: string, date: string | undefined, committee: string | undefined) {
  if (!date || !isoDate.test(date)) throw new CliError('Give the meeting as --meeting YYYY-MM-DD.');
  const meetings = (await callService(db, 'meetings.list', {})).filter(
    (meeting) =>
      meeting.date === date &&
      (!committee || meeting.committee.toLowerCase().includes(committee.toLowerCase())),
  );
  if (meetings.length === 0) throw new CliError(`There is no meeting on ${date} in ${db}.`);
  if (meetings.length > 1) {
    const names = meetings.map((meeting) => meeting.committee).join('; ');
    throw new CliError(
      `More than one committee met on ${date} (${names}): add --committee <words>.`,
    );
  }
  return meetings[0]!;
}

/** Share of the words typed that a name contains (case and punctuation aside). */
function wordsShared(typed: string, name: string): number {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wanted = words(typed);
  const present = new Set(words(name));
  return wanted.length === 0
    ? 0
    : wanted.filter((word) => present.has(word)).length / wanted.length;
}

const sameNumber = (printed: string | null, asked: string): boolean =>
  printed !== null && printed.replace(/\.$/, '') === asked.replace(/\.$/, '');

type Target = NonNullable<Args<'workspace.addQuestion'>['target']>;

/** Turns --item, --paragraph and --indicator into the anchor the question is attached to. */
async function targetOf(options: CommandOptions, meetingId: number): Promise<Target | undefined> {
  const { db, item, paragraph, indicator } = options;
  if (indicator) {
    const rows = await callService(db, 'indicators.list', {});
    const best = rows
      .map((row) => ({
        row,
        score: Math.max(...[row.name, ...row.aliases].map((name) => wordsShared(indicator, name))),
      }))
      .sort((a, b) => b.score - a.score)[0];
    if (!best || best.score === 0) throw new CliError(`No indicator matches "${indicator}".`);
    return {
      kind: 'indicator',
      indicatorId: best.row.id,
      periodKey: best.row.latestPeriod ?? undefined,
    };
  }
  if (!item && !paragraph) return undefined;
  const meeting = await callService(db, 'meetings.get', { id: meetingId });
  const agendaItem = item
    ? meeting.agenda.find((each) => sameNumber(each.number, item))
    : undefined;
  if (item && !agendaItem) {
    const numbers = meeting.agenda
      .map((each) => each.number)
      .filter(Boolean)
      .join(', ');
    throw new CliError(`There is no agenda item ${item} on ${meeting.date} (items: ${numbers}).`);
  }
  if (!paragraph) return { kind: 'agenda-item', agendaItemId: agendaItem!.id };
  const reports = meeting.reports.filter(
    (report) =>
      !item || sameNumber(report.agendaNumber, item) || report.id === agendaItem?.reportId,
  );
  const found = reports.flatMap((report) =>
    report.paragraphs.filter((each) => sameNumber(each.number, paragraph)),
  );
  if (found.length === 0) {
    throw new CliError(
      `There is no paragraph ${paragraph} in ${item ? `the report for item ${item}` : 'this meeting’s reports'}.`,
    );
  }
  if (found.length > 1) {
    throw new CliError(`More than one report has a paragraph ${paragraph}: add --item <n>.`);
  }
  return { kind: 'paragraph', paragraphId: found[0]!.id };
}

const print = (out: { stdout: (text: string) => void }, value: unknown) =>
  out.stdout(JSON.stringify(value, null, 2) + '\n');

const questionsUsage =
  'questions [add|set|export|import] … --db <file> [--json] (see the README for each form)';

async function addQuestion(options: CommandOptions, out: Parameters<Command['run']>[1]) {
  if (!options.text?.trim()) throw new CliError('Give the question as --text "<text>".');
  const meeting = await meetingOn(options.db, options.meeting, options.committee);
  const target = await targetOf(options, meeting.id);
  const question = await callService(options.db, 'workspace.addQuestion', {
    meetingId: meeting.id,
    text: options.text,
    ...(target ? { target } : {}),
  });
  if (options.json) print(out, question);
  else out.stdout(`Added question ${question.id} for ${meeting.committee}, ${meeting.date}.\n`);
}

async function listQuestions(options: CommandOptions, out: Parameters<Command['run']>[1]) {
  let questions;
  if (options.meeting) {
    const meeting = await meetingOn(options.db, options.meeting, options.committee);
    questions = (await callService(options.db, 'workspace.meeting', { meetingId: meeting.id }))
      .questions;
  } else {
    const session = await openAppSession(options.db, 'desktop');
    try {
      questions = allQuestions(session.store.db, localToday());
    } finally {
      session.close();
    }
  }
  if (options.json) return print(out, questions);
  if (questions.length === 0) out.stderr('No questions yet.\n');
  for (const question of questions) {
    const carried = question.carriedFrom ? ` (carried from ${question.carriedFrom.date})` : '';
    out.stdout(
      `${String(question.id).padStart(4)}  ${question.status.padEnd(9)} ${question.text}${carried}\n`,
    );
  }
}

async function setQuestion(options: CommandOptions, out: Parameters<Command['run']>[1]) {
  const id = Number(options.operands[1]);
  if (!Number.isInteger(id) || id < 1) throw new CliError('Name the question: questions set <id>.');
  const statuses = ['draft', 'ready', 'asked', 'answered', 'follow-up'] as const;
  const status = options.status as (typeof statuses)[number] | undefined;
  if (status !== undefined && !statuses.includes(status)) {
    throw new CliError(`--status must be one of ${statuses.join(', ')}.`);
  }
  if (status === undefined && options.answer === undefined) {
    throw new CliError('Say what to change: --status <status> and/or --answer "<text>".');
  }
  // With --meeting, the change is made at that meeting: a question carried there stays listed there.
  const at = options.meeting
    ? await meetingOn(options.db, options.meeting, options.committee)
    : undefined;
  const question = await callService(options.db, 'workspace.updateQuestion', {
    id,
    ...(at ? { atMeetingId: at.id } : {}),
    ...(status ? { status } : {}),
    ...(options.answer !== undefined ? { answer: options.answer } : {}),
  });
  if (options.json) print(out, question);
  else out.stderr(`Question ${id} is now ${question.status}.\n`);
}

async function exportQuestions(options: CommandOptions, out: Parameters<Command['run']>[1]) {
  if (!options.out) throw new CliError('Say where to write the file: --out <file>.');
  const file = path.resolve(options.out);
  if (existsSync(file)) throw new CliError(`${file} already exists; choose a new file name.`);
  const meeting = await meetingOn(options.db, options.meeting, options.committee);
  const session = await openAppSession(options.db, 'desktop');
  let shared;
  try {
    shared = exportMeetingWork(session.store.db, meeting.id, localToday());
  } finally {
    session.close();
  }
  writeFileSync(file, JSON.stringify(shared, null, 2) + '\n', { flag: 'wx' });
  const counts = { file, questions: shared.questions.length, notes: shared.notes.length };
  if (options.json) print(out, counts);
  out.stderr(`Wrote ${counts.questions} questions and ${counts.notes} notes to ${file}.\n`);
}

/** Reads and checks a share file; the error names the file and what is wrong with it. */
function readShareFile(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${messageOf(error)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not a questions file from Scrutineer (it is not JSON).`);
  }
  const parsed = shareFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the file';
    throw new CliError(
      `${file} is not a questions file Scrutineer can read (${where}: ${issue.message}). Nothing was imported.`,
    );
  }
  return parsed.data;
}

async function importQuestions(options: CommandOptions, out: Parameters<Command['run']>[1]) {
  const named = options.operands[1];
  if (!named) throw new CliError('Name the file: questions import <file>.');
  const file = path.resolve(named);
  const shared = readShareFile(file);
  const session = await openAppSession(options.db, 'desktop');
  let result;
  try {
    result = importSharedWork(session.store.db, shared);
  } finally {
    session.close();
  }
  if (options.json) print(out, { file, ...result });
  out.stderr(
    `Added ${result.questionsAdded} questions and ${result.notesAdded} notes; ` +
      `${result.questionsAlreadyHere + result.notesAlreadyHere} were already here.\n`,
  );
}

export const workspaceCommands: Record<string, Command> = {
  questions: {
    summary: 'Your questions: list, add (anchored to an item or paragraph), set, export, import.',
    usage: questionsUsage,
    needsExistingStore: true,
    run: async (options, out) => {
      const action = options.operands[0];
      if (action === undefined) return listQuestions(options, out);
      if (action === 'add') return addQuestion(options, out);
      if (action === 'set') return setQuestion(options, out);
      if (action === 'export') return exportQuestions(options, out);
      if (action === 'import') return importQuestions(options, out);
      throw new CliError(`There is no "questions ${action}". Use add, set, export or import.`);
    },
  },
  backup: {
    summary: 'Copy the whole store to a new file, safely even while the app is running.',
    usage: 'backup --out <file> --db <file>',
    needsExistingStore: true,
    run: async ({ db, out: outFile, json }, out) => {
      if (!outFile) throw new CliError('Say where to write the backup: --out <file>.');
      const session = await openAppSession(db, 'desktop');
      let written: string;
      try {
        written = await backupStore(session.store.db, outFile);
      } finally {
        session.close();
      }
      if (json) out.stdout(JSON.stringify({ backup: written }) + '\n');
      out.stderr(`Backed up ${db} to ${written}.\n`);
    },
  },
  restore: {
    summary: 'Replace the store with a backup, after checking it and keeping a copy.',
    usage: 'restore <file> --db <file>',
    needsExistingStore: false,
    run: async ({ db, operands, json }, out) => {
      const file = operands[0];
      if (!file) throw new CliError('Name the backup to restore: restore <file> --db <file>.');
      const restored = await restoreStore(file, db);
      if (json) out.stdout(JSON.stringify(restored, null, 2) + '\n');
      const kept = restored.replacedCopy
        ? ` The store it replaced is kept at ${restored.replacedCopy}.`
        : '';
      out.stderr(`Restored ${restored.restoredFrom} into ${restored.store}.${kept}\n`);
    },
  },
};
