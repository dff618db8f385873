// Gathers one meeting's briefing from the store through the other features' own repositories
// (meeting detail, the member's workspace, the action tracker, indicator series and exceptions)
// and hands it to the pure builder in shared/briefing.
import type Database from 'better-sqlite3';
import { getMeetingDetail } from '../../../db/meeting-detail';
import { meetingWorkspace } from '../../../db/workspace-questions';
import { actionsForMeeting } from '../../../db/actions';
import {
  citableDocuments,
  councilForMeeting,
  indicatorItemsForMeeting,
} from '../../../db/briefing-sources';
import { buildBriefing } from '../../../shared/briefing/build-briefing';
import type { Briefing } from '../../../shared/briefing/types';
import type { IndicatorSeries } from '../../../shared/indicator-series';
import { exceptionsFor, seriesOf } from '../indicator-service';

export interface BriefingRequest {
  meetingId: number;
  /** Agenda numbers as printed ('6', '7'); omitted for every item with substance. */
  items?: string[] | undefined;
  memberName?: string | null | undefined;
  today: string;
}

export class BriefingError extends Error {}

export function collectBriefing(db: Database.Database, request: BriefingRequest): Briefing {
  const meeting = getMeetingDetail(db, request.meetingId);
  if (!meeting)
    throw new BriefingError(`There is no meeting ${request.meetingId}. It may have been removed.`);
  if (request.items && request.items.length > 0) {
    const numbers = new Set(meeting.agenda.map((item) => item.number));
    const unknown = request.items.filter((number) => !numbers.has(number));
    if (unknown.length > 0)
      throw new BriefingError(
        `The agenda of ${meeting.date} has no item ${unknown.join(', ')}. Its items are ${[...numbers].filter(Boolean).join(', ')}.`,
      );
  }
  const indicatorItems = indicatorItemsForMeeting(db, request.meetingId);
  const series = indicatorItems
    .map((link) => seriesOf(db, link.indicatorId))
    .filter((found): found is IndicatorSeries => found !== null);
  return buildBriefing({
    meeting,
    council: councilForMeeting(db, request.meetingId),
    memberName: request.memberName?.trim() || null,
    items: request.items && request.items.length > 0 ? request.items : null,
    workspace: meetingWorkspace(db, request.meetingId, request.today),
    actions: actionsForMeeting(db, request.meetingId, request.today),
    exceptions: exceptionsFor(db, { meetingId: request.meetingId }),
    indicatorItems,
    series,
    documents: citableDocuments(db),
    preparedOn: request.today,
  });
}
