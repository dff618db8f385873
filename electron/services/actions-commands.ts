// `scrutineer actions`: what committees asked for and whether it came back, as JSON for scripts,
// and `actions set <id> --status <status> [--note <text>]` to record where one stands.
import { resolutionStatusSchema } from '../../shared/contract';
import { callService, CliError, type Command } from './cli-support';

export const actionCommands: Record<string, Command> = {
  actions: {
    summary:
      'List what committees resolved and undertook, with kind, owner, due date, status and follow-ups; or set a status.',
    usage:
      'actions --db <file> [--committee <words>] [--open] [--json] | actions set <id> --status <status> [--note <text>] --db <file>',
    needsExistingStore: true,
    run: async ({ db, json, committee, open, status, note, operands }, out) => {
      if (operands[0] === 'set') {
        const id = Number(operands[1]);
        if (!Number.isInteger(id) || id <= 0)
          throw new CliError('Name the action to set: actions set <id> --status <status>.');
        const parsed = resolutionStatusSchema.safeParse(status);
        if (!parsed.success)
          throw new CliError(
            `Give the status as --status ${resolutionStatusSchema.options.join(', ')}.`,
          );
        const action = await callService(db, 'actions.setStatus', {
          id,
          status: parsed.data,
          ...(note ? { note } : {}),
        });
        if (json) out.stdout(JSON.stringify({ id: action.id, status: action.status }) + '\n');
        out.stderr(`Action ${action.id} is now ${action.status}.\n`);
        return;
      }
      if (operands.length > 0)
        throw new CliError(`actions takes no "${operands[0]}": did you mean actions set <id>?`);
      const actions = await callService(db, 'actions.list', {
        ...(committee ? { committee } : {}),
        open,
      });
      const printed = actions.map((action) => ({
        id: action.id,
        committee: action.committee,
        meetingDate: action.meetingDate,
        minuteNumber: action.minuteNumber,
        label: action.label,
        text: action.text,
        kind: action.kind,
        owner: action.owner,
        due: action.due,
        status: action.status,
        followUps: action.followUps.map((followUp) => ({
          meetingDate: followUp.meetingDate,
          agendaNumber: followUp.agendaNumber,
          title: followUp.title,
          state: followUp.state,
        })),
      }));
      if (json) {
        out.stdout(JSON.stringify(printed, null, 2) + '\n');
        return;
      }
      if (printed.length === 0) out.stderr('No actions.\n');
      for (const action of actions) {
        const flags = [action.kind, action.status, action.overdue ? 'OVERDUE' : ''].filter(Boolean);
        out.stdout(
          `${String(action.id).padStart(5)}  ${action.meetingDate}  ${action.minuteNumber}${action.label ? `(${action.label})` : ''}  [${flags.join(', ')}]${action.due ? ` due ${action.due}` : ''}  ${action.text}\n`,
        );
      }
    },
  },
};
