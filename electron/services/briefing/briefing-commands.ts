// `scrutineer brief`: writes one meeting's briefing note as Word, PDF, HTML or Markdown (with its
// chart pictures beside the file), through the same export the app uses.
import fs from 'node:fs';
import path from 'node:path';
import { briefingFormats, type BriefingFormat } from '../../../shared/briefing/types';
import { openAppSession } from '../app-session';
import { callService, CliError, type Command } from '../cli-support';
import { localToday } from '../handlers';
import { BriefingError } from './collect-briefing';
import { exportBriefing } from './export-briefing';

const isFormat = (value: string | undefined): value is BriefingFormat =>
  briefingFormats.includes(value as BriefingFormat);

/** "6,7" or "6, 7a" → ['6', '7a']. */
export function parseItems(words: string | undefined): string[] | undefined {
  if (words === undefined) return undefined;
  const items = words
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  if (items.length === 0) throw new CliError('Give the agenda items as --items 6,7.');
  return items;
}

export const briefingCommands: Record<string, Command> = {
  brief: {
    summary:
      'Write a briefing note for one meeting (Word, PDF, HTML or Markdown), every figure with its source.',
    usage:
      'brief --meeting <date> [--committee <words>] [--items 6,7] --format docx|pdf|html|md --out <file> --db <file>',
    needsExistingStore: true,
    run: async ({ db, json, meeting: date, committee, items, format, out: outFile }, out) => {
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new CliError('Give the meeting date as --meeting YYYY-MM-DD.');
      if (!isFormat(format))
        throw new CliError(`Give the format as --format ${briefingFormats.join('|')}.`);
      if (!outFile) throw new CliError('Name the file to write with --out <file>.');
      const target = path.resolve(outFile);
      if (!fs.existsSync(path.dirname(target)))
        throw new CliError(`There is no folder ${path.dirname(target)} to write ${target} in.`);
      const chosen = parseItems(items);
      const meetings = (await callService(db, 'meetings.list', {})).filter(
        (meeting) =>
          meeting.date === date &&
          (!committee || meeting.committee.toLowerCase().includes(committee.toLowerCase())),
      );
      if (meetings.length === 0) throw new CliError(`There is no meeting on ${date} in ${db}.`);
      if (meetings.length > 1)
        throw new CliError(
          `More than one committee met on ${date} (${meetings.map((m) => m.committee).join('; ')}): add --committee <words>.`,
        );
      const session = await openAppSession(db, 'desktop');
      const started = Date.now();
      try {
        const result = await exportBriefing(
          session.store.db,
          {
            meetingId: meetings[0]!.id,
            items: chosen,
            today: localToday(),
            format,
            baseName: path.basename(target),
          },
          { onProgress: (done, total, message) => out.stderr(`[${done}/${total}] ${message}\n`) },
        );
        const written = result.files.map((file) => {
          const where = path.join(path.dirname(target), file.name);
          fs.writeFileSync(where, file.bytes);
          return { file: where, bytes: file.bytes.length };
        });
        const seconds = (Date.now() - started) / 1000;
        if (json) out.stdout(JSON.stringify({ format, files: written, seconds }, null, 2) + '\n');
        out.stderr(
          `Wrote ${written.map((entry) => entry.file).join(', ')} in ${seconds.toFixed(1)} s.\n`,
        );
      } catch (error) {
        if (error instanceof BriefingError) throw new CliError(error.message);
        throw error;
      } finally {
        session.close();
      }
    },
  },
};
