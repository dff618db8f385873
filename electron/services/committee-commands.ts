// `scrutineer committees`, `committees rename` and `committees merge`: a member's say over which
// printed names are one body. The store keeps the old names, so re-importing never undoes a choice.
import {
  CommitteeEditError,
  listCommittees,
  mergeCommittees,
  renameCommittee,
} from '../../db/committees';
import { openAppSession } from './app-session';
import { CliError, type Command } from './cli-support';

export const committeeCommands: Record<string, Command> = {
  committees: {
    summary: 'List committees; rename one, or merge two names of one body.',
    usage: 'committees [rename <committee> <new name> | merge <from> <into>] --db <file> [--json]',
    needsExistingStore: true,
    run: async ({ db, json, operands }, out) => {
      const [action, first, second] = operands;
      const session = await openAppSession(db, 'desktop');
      try {
        if (action === 'rename' || action === 'merge') {
          if (!first || !second)
            throw new CliError(
              action === 'rename'
                ? 'Name the committee and its new name: committees rename <committee> <new name>.'
                : 'Name both committees: committees merge <from> <into>.',
            );
          if (action === 'rename') renameCommittee(session.store.db, first, second);
          else mergeCommittees(session.store.db, first, second);
        } else if (action !== undefined) {
          throw new CliError(`There is no "committees ${action}": use rename or merge.`);
        }
        const committees = listCommittees(session.store.db);
        if (json) out.stdout(JSON.stringify(committees, null, 2) + '\n');
        else
          for (const committee of committees)
            out.stdout(
              `${String(committee.id).padStart(4)}  ${committee.name}${committee.council ? ` (${committee.council})` : ''}: ${committee.meetings} meetings\n`,
            );
      } catch (error) {
        if (error instanceof CommitteeEditError) throw new CliError(error.message);
        throw error;
      } finally {
        session.close();
      }
    },
  },
};
