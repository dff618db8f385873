// How an action's coded values read on screen: kinds in words, due dates as a month or a day,
// and the follow-up states a chair decides.
import type { Result } from '../../../shared/contract';
import { formatDate } from '../../format';
import { MONTH_NAMES } from '../../../shared/long-date';

export type Action = Result<'actions.list'>[number];
export type ActionKind = Action['kind'];
export type FollowUp = Action['followUps'][number];

export const actionKindLabels: Record<ActionKind, string> = {
  request: 'Request',
  recommendation: 'Recommendation',
  commitment: 'Commitment',
  decision: 'Decision',
  noted: 'Noted',
  procedural: 'Procedural',
};

export const followUpStateLabels: Record<FollowUp['state'], string> = {
  suggested: 'Suggested',
  confirmed: 'Confirmed',
  rejected: 'Rejected',
};

/** "2027-06" → "June 2027"; "2027-03-09" → "9 March 2027". */
export function formatDue(due: string): string {
  if (due.length === 10) return formatDate(due);
  return `${MONTH_NAMES[Number(due.slice(5, 7)) - 1] ?? ''} ${due.slice(0, 4)}`;
}

/** "32(b)": the minute number with the resolution's letter, as a chair would cite it. */
export const minuteReference = (action: Action): string =>
  `${action.minuteNumber}${action.label ? `(${action.label})` : ''}`;
