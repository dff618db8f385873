// The `scrutineer` command line: the same services and store as the app, for scripting and
// tests. JSON goes to stdout, messages to stderr; the exit code says whether it worked.
import { messageOf } from '../../shared/error-message';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppSession, appVersion } from './app-session';
import { callService, CliError, QuietFailure, type CliOutput, type Command } from './cli-support';
import { indicatorCommands } from './indicator-commands';
import { workspaceCommands } from './workspace-commands';
import { actionCommands } from './actions-commands';
import { briefingCommands } from './briefing/briefing-commands';
import { committeeCommands } from './committee-commands';
import { importFiles } from './import/import-files';
import { localToday } from './handlers';
import { summariseMeeting } from './meeting-summary';
import { describeImport, summariseImports } from './import/import-report-lines';

const commands: Record<string, Command> = {
  ...indicatorCommands,
  ...workspaceCommands,
  ...actionCommands,
  ...briefingCommands,
  ...committeeCommands,
  import: {
    summary: 'Import agenda packs (PDF, Word, text or Markdown files, or folders of them).',
    usage: 'import <files or folders…> --db <file> [--json]',
    needsExistingStore: false,
    run: async ({ db, json, operands }, out) => {
      if (operands.length === 0) throw new CliError('Name at least one file or folder to import.');
      const session = await openAppSession(db, 'desktop');
      const started = Date.now();
      let results;
      try {
        // Each file's outcome is printed as it lands, numbered within the batch: a folder of
        // thousands of packs shows its progress, and a run stopped part-way says how far it got.
        results = await importFiles(session.store.db, operands, {
          today: localToday(),
          displayName: (file) => file,
          onFileDone: (result, batch) => out.stderr(describeImport(result, batch)),
        });
      } finally {
        session.close();
      }
      if (json) out.stdout(JSON.stringify(results, null, 2) + '\n');
      if (results.length === 0) throw new CliError('No agenda packs were found in what you named.');
      out.stderr(summariseImports(results, Date.now() - started));
      if (results.some((result) => result.status === 'failed')) throw new QuietFailure();
    },
  },
  meeting: {
    summary: 'Show one meeting: front sheet, agenda, attendance, minutes, reports and sources.',
    usage: 'meeting --date YYYY-MM-DD --db <file> [--committee <words>] [--json]',
    needsExistingStore: true,
    run: async ({ db, json, date, committee }, out) => {
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new CliError('Give the meeting date as --date YYYY-MM-DD.');
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
      const detail = await callService(db, 'meetings.get', { id: meetings[0]!.id });
      const summary = summariseMeeting(detail);
      if (json) out.stdout(JSON.stringify(summary, null, 2) + '\n');
      else
        out.stdout(
          `${summary.committee}, ${summary.date}${summary.time ? ` at ${summary.time}` : ''}: ${summary.agenda.length} agenda items, ${summary.minutes.length} minutes\n`,
        );
    },
  },
  init: {
    summary: 'Create a store, or bring an existing one up to this version’s schema.',
    usage: 'init --db <file>',
    needsExistingStore: false,
    run: async ({ db, json }, out) => {
      const session = await openAppSession(db, 'desktop');
      const { created, schemaVersion, backupPath } = session.store;
      session.close();
      if (json)
        out.stdout(JSON.stringify({ store: db, created, schemaVersion, backupPath }) + '\n');
      const what = created ? 'Created' : 'Opened';
      out.stderr(`${what} store ${db} at schema version ${schemaVersion}.\n`);
      if (backupPath) out.stderr(`A copy from before the upgrade is at ${backupPath}.\n`);
    },
  },
  meetings: {
    summary: 'List the meetings in a store, upcoming first.',
    usage: 'meetings --db <file> [--json]',
    needsExistingStore: true,
    run: async ({ db, json }, out) => {
      const meetings = await callService(db, 'meetings.list', {});
      if (json) {
        out.stdout(JSON.stringify(meetings, null, 2) + '\n');
        return;
      }
      if (meetings.length === 0) out.stderr('No meetings yet.\n');
      for (const meeting of meetings) {
        out.stdout(`${meeting.date}  ${meeting.time ?? '     '}  ${meeting.committee}\n`);
      }
    },
  },
};

function helpText(): string {
  const lines = [
    `Scrutineer ${appVersion}: council scrutiny papers, offline.`,
    '',
    'Usage: scrutineer <command> [options]',
    '',
    'Commands:',
  ];
  for (const command of Object.values(commands)) {
    lines.push(`  ${command.usage.padEnd(34)} ${command.summary}`);
  }
  lines.push(
    '',
    'Options:',
    '  --db <file>   the store (a SQLite file)',
    '  --json        print JSON on stdout',
    '  --help        show this help',
  );
  return lines.join('\n') + '\n';
}

export type { CliOutput };

/** Runs one command line; returns the process exit code. */
export async function runCli(argv: string[], out: CliOutput): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        date: { type: 'string' },
        committee: { type: 'string' },
        indicator: { type: 'string' },
        meeting: { type: 'string' },
        item: { type: 'string' },
        paragraph: { type: 'string' },
        text: { type: 'string' },
        answer: { type: 'string' },
        out: { type: 'string' },
        open: { type: 'boolean', default: false },
        status: { type: 'string' },
        note: { type: 'string' },
        items: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const name = positionals[0];
    if (values.help || name === undefined || name === 'help') {
      out.stdout(helpText());
      return name === undefined && !values.help ? 2 : 0;
    }
    const command = commands[name];
    if (!command)
      throw new CliError(`There is no command "${name}". Run scrutineer --help for the list.`);
    if (!values.db) throw new CliError(`${name} needs a store: ${command.usage}`);
    const db = path.resolve(values.db);
    if (command.needsExistingStore && !existsSync(db)) {
      throw new CliError(
        `There is no store at ${db}. Create one with: scrutineer init --db ${values.db}`,
      );
    }
    // Only init makes folders: a mistyped path must not quietly become a new, empty store.
    if (name !== 'init' && !existsSync(path.dirname(db))) {
      throw new CliError(
        `There is no folder ${path.dirname(db)} for the store ${db}. Check the path, or create the store with: scrutineer init --db ${values.db}`,
      );
    }
    await command.run(
      {
        db,
        json: values.json,
        operands: positionals.slice(1),
        date: values.date,
        committee: values.committee,
        indicator: values.indicator,
        meeting: values.meeting,
        item: values.item,
        paragraph: values.paragraph,
        text: values.text,
        answer: values.answer,
        out: values.out,
        open: values.open,
        status: values.status,
        note: values.note,
        items: values.items,
        format: values.format,
      },
      out,
    );
    return 0;
  } catch (error) {
    if (error instanceof QuietFailure) return 1;
    out.stderr(`scrutineer: ${messageOf(error)}\n`);
    return 1;
  }
}
