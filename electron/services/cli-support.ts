// What every `scrutineer` command shares: its options, its output streams, errors that end the
// command with a message, and calling the app's services through the same validated contract.
import { dispatch } from './dispatch';
import { openAppSession } from './app-session';
import type { Method, Result } from '../../shared/contract';

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CommandOptions {
  db: string;
  json: boolean;
  /** Words after the command name (files to import, say). */
  operands: string[];
  date: string | undefined;
  committee: string | undefined;
  indicator: string | undefined;
  meeting: string | undefined;
  /** `questions …`: the agenda item, paragraph, text, answer and output file. */
  item: string | undefined;
  paragraph: string | undefined;
  text: string | undefined;
  answer: string | undefined;
  out: string | undefined;
  /** `actions --open`: outstanding actions only. */
  open: boolean;
  /** `actions set`: the status and the chair's note. */
  status: string | undefined;
  note: string | undefined;
  /** `brief`: the agenda items ('6,7') and the file format. */
  items?: string | undefined;
  format?: string | undefined;
}

export interface Command {
  summary: string;
  usage: string;
  /** Whether the store must already exist (every command but init). */
  needsExistingStore: boolean;
  run: (options: CommandOptions, out: CliOutput) => Promise<void>;
}

export class CliError extends Error {}

/** A failure already reported on stderr (a failed file in a batch): exit 1, say nothing more. */
export class QuietFailure extends Error {}

export async function callService<M extends Method>(
  db: string,
  method: M,
  args: unknown,
): Promise<Result<M>> {
  const session = await openAppSession(db, 'desktop');
  try {
    const envelope = await dispatch(session.handlers, method, args);
    if (!envelope.ok) throw new CliError(envelope.error.message);
    return envelope.result as Result<M>;
  } finally {
    session.close();
  }
}
