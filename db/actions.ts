// The chair's action tracker in the store. After each import every resolution and undertaking is
// filed as an action_item keyed by where it was printed (meeting, minute number, label or wording),
// classed, given its owner and due date, and matched to later agenda items, reports and minutes
// of the same committee. The chair's statuses, notes and decided follow-ups hang off action_item,
// so a revised pack that replaces resolution rows re-links to them and loses nothing.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { classifyAction, isTracked, trackedKinds, type ActionKind } from '../shared/actions/kinds';
import { isPastDue, readDueDate } from '../shared/actions/due-date';
import { readOwner } from '../shared/actions/owner';
import {
  followUpMatcher,
  prepareCandidate,
  subjectStems,
  type FollowUpCandidate,
  type PreparedCandidate,
} from '../shared/actions/follow-up';
import { readActionLog } from '../shared/actions/action-log';
import type { actionSchema, followUpStateSchema, resolutionStatusSchema } from '../shared/contract';

export type Action = z.infer<typeof actionSchema>;
export type ActionStatus = z.infer<typeof resolutionStatusSchema>;
export type FollowUpState = z.infer<typeof followUpStateSchema>;

interface PrintedResolution {
  resolutionId: number;
  label: string | null;
  text: string;
  parsedKind: string;
  minuteNumber: string;
  minuteTitle: string;
  meetingId: number;
  meetingDate: string;
  committeeId: number;
}

/** Business every meeting has, which never answers an action. */
const ROUTINE_TITLE =
  /^(?:minutes|apologies|declarations?|question time|questions|urgent items?|any other|date (?:and time )?of (?:the )?next meeting|presentation of petitions|to advise of|exclusion|substitut|appointment of|election of)/i;

/** 'label:b' for a lettered resolution; otherwise its words, which survive re-numbering. */
function matchKeyOf(label: string | null, text: string): string {
  if (label) return `label:${label.toLowerCase()}`;
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return `text:${words.slice(0, 200) || '-'}`;
}

/**
 * How long after its meeting an action can be answered: later business is not suggested as its
 * follow-up. It also bounds the work of filing one pack, whatever the size of the archive: only
 * the actions and business of the committee within this many years of the pack's meetings move.
 */
export const FOLLOW_UP_YEARS = 3;

/** The date `years` years after (or, negative, before) a YYYY-MM-DD date. */
function yearsFrom(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * What one filing covers: one committee's meetings from `from` to `to` (the actions filed and
 * matched), with business up to `until` as their possible follow-ups. Null: every committee,
 * every meeting (an older store filed for the first time).
 */
interface FilingScope {
  committeeId: number;
  from: string;
  to: string;
  until: string;
}

/** The scope's meetings as SQL over `m`, with its parameters; everything when there is none. */
function meetingsWithin(
  scope: FilingScope | null,
  upTo: 'to' | 'until',
): { where: string; params: (string | number)[] } {
  if (!scope) return { where: '1', params: [] };
  return {
    where: 'm.committee_id = ? AND m.date >= ? AND m.date <= ?',
    params: [scope.committeeId, scope.from, scope[upTo]],
  };
}

/**
 * The scope one stored document moves: the committee of its meeting, from the earliest meeting it
 * printed business for (its own, or one whose minutes it carries) back FOLLOW_UP_YEARS (and at
 * least to the meeting before, whose "next meeting" may now be this one), to the latest.
 */
function scopeOfDocument(db: Database.Database, documentId: number): FilingScope | null {
  const span = db
    .prepare(
      `SELECT m.committee_id AS committeeId, min(m.date) AS first, max(m.date) AS last
         FROM meeting m
        WHERE m.id IN (SELECT meeting_id FROM document WHERE id = :doc)
           OR m.id IN (SELECT meeting_id FROM minute WHERE source_document_id = :doc)
           OR m.id IN (SELECT meeting_id FROM agenda_item WHERE source_document_id = :doc)
           OR m.id IN (SELECT meeting_id FROM report WHERE source_document_id = :doc)
        GROUP BY m.committee_id ORDER BY count(*) DESC LIMIT 1`,
    )
    .get({ doc: documentId }) as { committeeId: number; first: string; last: string } | undefined;
  if (!span) return null;
  const before = db
    .prepare('SELECT max(date) FROM meeting WHERE committee_id = ? AND date < ?')
    .pluck()
    .get(span.committeeId, span.first) as string | null;
  const back = yearsFrom(span.first, -FOLLOW_UP_YEARS);
  return {
    committeeId: span.committeeId,
    from: before !== null && before < back ? before : back,
    to: span.last,
    until: yearsFrom(span.last, FOLLOW_UP_YEARS),
  };
}

/** The resolutions of the scope's meetings, in the order they were printed. */
function readPrinted(db: Database.Database, scope: FilingScope | null): PrintedResolution[] {
  const { where, params } = meetingsWithin(scope, 'to');
  return db
    .prepare(
      `SELECT r.id AS resolutionId, r.label, r.text, r.kind AS parsedKind, mi.number AS minuteNumber,
              mi.title AS minuteTitle, m.id AS meetingId, m.date AS meetingDate, m.committee_id AS committeeId
         FROM meeting m JOIN minute mi ON mi.meeting_id = m.id JOIN resolution r ON r.minute_id = mi.id
        WHERE ${where}
        ORDER BY m.date, mi.position, r.position, r.id`,
    )
    .all(...params) as PrintedResolution[];
}

/** Each committee's meeting dates (the scope's committee only, when given), in order, for "the next meeting". */
function meetingDatesByCommittee(
  db: Database.Database,
  scope: FilingScope | null,
): Map<number, string[]> {
  const byCommittee = new Map<number, string[]>();
  const rows = db
    .prepare(
      `SELECT committee_id AS committeeId, date FROM meeting
        WHERE ? IS NULL OR committee_id = ? ORDER BY date`,
    )
    .all(scope?.committeeId ?? null, scope?.committeeId ?? null) as {
    committeeId: number;
    date: string;
  }[];
  for (const row of rows) {
    const dates = byCommittee.get(row.committeeId);
    if (dates) dates.push(row.date);
    else byCommittee.set(row.committeeId, [row.date]);
  }
  return byCommittee;
}

interface StoredCandidate extends FollowUpCandidate {
  meetingId: number;
  meetingDate: string;
  committeeId: number;
  agendaNumber: string | null;
  matchKey: string;
  documentId: number | null;
  page: number | null;
}

/**
 * Agenda items, reports (with their opening paragraphs) and minutes that could answer the scope's
 * actions: its committee's business up to FOLLOW_UP_YEARS after its last meeting.
 */
function readCandidates(db: Database.Database, scope: FilingScope | null): StoredCandidate[] {
  const { where, params } = meetingsWithin(scope, 'until');
  const agenda = db
    .prepare(
      `SELECT a.number AS agendaNumber, a.title, m.id AS meetingId, m.date AS meetingDate,
              m.committee_id AS committeeId, a.source_document_id AS documentId, a.source_page AS page
         FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE ${where}`,
    )
    .all(...params) as Omit<StoredCandidate, 'target' | 'text' | 'matchKey'>[];
  const reports = db
    .prepare(
      `SELECT coalesce(a.number, (SELECT t.number FROM agenda_item t WHERE t.meeting_id = r.meeting_id
                AND lower(trim(t.title, ' .')) = lower(trim(r.title, ' .')))) AS agendaNumber,
              r.title, m.id AS meetingId, m.date AS meetingDate,
              m.committee_id AS committeeId, r.source_document_id AS documentId, r.source_page AS page,
              coalesce((SELECT group_concat(text, ' ') FROM (SELECT p.text FROM report_paragraph p
                         WHERE p.report_id = r.id ORDER BY p.position LIMIT 6)), '') AS text
         FROM meeting m JOIN report r ON r.meeting_id = m.id
         LEFT JOIN agenda_item a ON a.id = r.agenda_item_id WHERE ${where}`,
    )
    .all(...params) as Omit<StoredCandidate, 'target' | 'matchKey'>[];
  const minutes = db
    .prepare(
      `SELECT mi.number, mi.title, mi.body AS text, m.id AS meetingId, m.date AS meetingDate,
              m.committee_id AS committeeId, mi.source_document_id AS documentId, mi.source_page AS page
         FROM meeting m JOIN minute mi ON mi.meeting_id = m.id WHERE ${where}`,
    )
    .all(...params) as (Omit<StoredCandidate, 'target' | 'matchKey' | 'agendaNumber'> & {
    number: string;
  })[];
  const itemKey = (number: string | null, title: string): string =>
    number ? `item:${number}` : `title:${title.toLowerCase().replace(/\s+/g, ' ').trim()}`;
  return [
    ...agenda.map((row) => ({
      ...row,
      target: 'agenda-item' as const,
      text: '',
      matchKey: itemKey(row.agendaNumber, row.title),
    })),
    ...reports.map((row) => ({
      ...row,
      target: 'report' as const,
      matchKey: itemKey(row.agendaNumber, row.title),
    })),
    ...minutes.map(({ number, ...row }) => ({
      ...row,
      agendaNumber: null,
      target: 'minute' as const,
      matchKey: `minute:${number}`,
    })),
  ].filter((candidate) => !ROUTINE_TITLE.test(candidate.title.trim()));
}

/**
 * Files resolutions as actions (creating, re-linking or updating), refreshes suggested follow-ups
 * and, given the document just stored, applies any action log it prints. Given a document, only
 * what it can have changed is filed again: its committee's meetings from FOLLOW_UP_YEARS before
 * the meetings it printed to the last of them (so a pack costs the same in a twenty-year archive
 * as in a new store); without one, every resolution in the store. Runs inside the caller's
 * transaction when there is one.
 */
export function fileActions(db: Database.Database, documentId?: number): void {
  db.transaction(() => {
    const scope = documentId === undefined ? null : scopeOfDocument(db, documentId);
    if (documentId !== undefined && !scope) return;
    const printed = readPrinted(db, scope);
    const dates = meetingDatesByCommittee(db, scope);
    const { where, params } = meetingsWithin(scope, 'to');
    db.prepare(
      `UPDATE action_item SET resolution_id = NULL
        WHERE meeting_id IN (SELECT m.id FROM meeting m WHERE ${where})`,
    ).run(...params);
    const upsert = db.prepare(
      `INSERT INTO action_item (meeting_id, minute_number, match_key, resolution_id, kind, owner, due, due_words)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (meeting_id, minute_number, match_key) DO UPDATE SET
         resolution_id = excluded.resolution_id, kind = excluded.kind, owner = excluded.owner,
         due = excluded.due, due_words = excluded.due_words
       RETURNING id`,
    );
    const seen = new Map<string, number>();
    const tracked: TrackedAction[] = [];
    for (const resolution of printed) {
      const inPassing = resolution.parsedKind === 'commitment' && resolution.label === null;
      const kind: ActionKind = classifyAction(resolution.text, {
        minuteTitle: resolution.minuteTitle,
        inPassing,
      });
      const next =
        dates.get(resolution.committeeId)?.find((date) => date > resolution.meetingDate) ?? null;
      const { due, words } = readDueDate(resolution.text, resolution.meetingDate, next);
      // The same words twice in one minute are two actions: number the repeats.
      let key = matchKeyOf(resolution.label, resolution.text);
      const place = `${resolution.meetingId}/${resolution.minuteNumber}/${key}`;
      const repeats = seen.get(place) ?? 0;
      seen.set(place, repeats + 1);
      if (repeats > 0) key = `${key}#${repeats + 1}`;
      const { id } = upsert.get(
        resolution.meetingId,
        resolution.minuteNumber,
        key,
        resolution.resolutionId,
        kind,
        isTracked(kind) ? readOwner(resolution.text, kind) : null,
        isTracked(kind) ? due : null,
        isTracked(kind) ? words : null,
      ) as { id: number };
      if (isTracked(kind)) tracked.push({ actionId: id, kind, resolution });
    }
    suggestFollowUps(db, tracked, scope);
    if (documentId !== undefined) applyActionLog(db, documentId);
  })();
}

/** Of several actions under one minute, the one a log row's words share most with, if just one. */
function closestInWords(words: string, actions: { id: number; text: string }[]): number | null {
  const row = subjectStems(words);
  const scored = actions
    .map((action) => ({
      id: action.id,
      shared: [...subjectStems(action.text)].filter((stem) => row.has(stem)).length,
    }))
    .sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  return best && best.shared > 0 && (!next || next.shared < best.shared) ? best.id : null;
}

/**
 * Statuses stated by an action log printed in the document, each dated by the meeting the pack is
 * for, with its page as source. A row is applied only when it names one tracked action of the
 * pack's committee; the most recent statement, the chair's or the log's, is the current status.
 */
function applyActionLog(db: Database.Database, documentId: number): number {
  const pack = db
    .prepare(
      `SELECT m.committee_id AS committeeId, m.date FROM document d JOIN meeting m ON m.id = d.meeting_id
        WHERE d.id = ?`,
    )
    .get(documentId) as { committeeId: number; date: string } | undefined;
  if (!pack) return 0;
  const pages = db
    .prepare(
      'SELECT page_number AS page, text FROM document_page_text WHERE document_id = ? ORDER BY page_number',
    )
    .all(documentId) as { page: number; text: string }[];
  const rows = readActionLog(pages);
  if (rows.length === 0) return 0;
  const candidates = db.prepare(
    `SELECT a.id, a.kind, r.text FROM action_item a JOIN meeting m ON m.id = a.meeting_id
       JOIN resolution r ON r.id = a.resolution_id
      WHERE m.committee_id = ? AND m.date < ? AND a.minute_number = ? AND (? IS NULL OR m.date = ?)
        AND (? IS NULL OR r.label = ?)`,
  );
  const stated = db.prepare(
    `SELECT 1 FROM action_event WHERE action_id = ? AND source = 'action-log' AND status = ? AND created_at = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO action_event (action_id, status, note, source, source_document_id, source_page, created_at)
     VALUES (?, ?, ?, 'action-log', ?, ?, ?)`,
  );
  const at = `${pack.date}T00:00:00.000Z`;
  let applied = 0;
  for (const row of rows) {
    const matches = (
      candidates.all(
        pack.committeeId,
        pack.date,
        row.minuteNumber,
        row.meetingDate,
        row.meetingDate,
        row.label,
        row.label,
      ) as { id: number; kind: ActionKind; text: string }[]
    ).filter((action) => isTracked(action.kind));
    const actionId = matches.length === 1 ? matches[0]!.id : closestInWords(row.text, matches);
    if (actionId === null) continue;
    if (stated.get(actionId, row.status, at)) continue;
    insert.run(actionId, row.status, row.text, documentId, row.page, at);
    applied += 1;
  }
  return applied;
}

/** The index of the first candidate (sorted by date) from a meeting after `date`. */
function firstAfter(sorted: { meetingDate: string }[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.meetingDate <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface TrackedAction {
  actionId: number;
  kind: ActionKind;
  resolution: PrintedResolution;
}

/**
 * Refreshes suggested follow-ups for the tracked actions of the scope, each matched against the
 * agenda items, reports and minutes of its own committee's meetings in the FOLLOW_UP_YEARS after.
 */
function suggestFollowUps(
  db: Database.Database,
  tracked: TrackedAction[],
  scope: FilingScope | null,
): void {
  const byCommittee = new Map<number, (StoredCandidate & PreparedCandidate)[]>();
  const candidates = readCandidates(db, scope).sort((a, b) =>
    a.meetingDate.localeCompare(b.meetingDate),
  );
  for (const candidate of candidates) {
    const list = byCommittee.get(candidate.committeeId) ?? [];
    list.push(prepareCandidate(candidate));
    byCommittee.set(candidate.committeeId, list);
  }
  const upsert = db.prepare(
    `INSERT INTO action_follow_up (action_id, meeting_id, match_key, target, agenda_number, title, evidence, score,
       source_document_id, source_page)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (action_id, meeting_id, match_key) DO UPDATE SET target = excluded.target,
       agenda_number = excluded.agenda_number, title = excluded.title, evidence = excluded.evidence,
       score = excluded.score, source_document_id = excluded.source_document_id,
       source_page = excluded.source_page
     RETURNING id`,
  );
  // A meeting whose suggestion the chair rejected does not answer: look on to the next one.
  const rejected = new Set(
    (
      db
        .prepare(
          `SELECT action_id AS actionId, meeting_id AS meetingId FROM action_follow_up WHERE state = 'rejected'`,
        )
        .all() as { actionId: number; meetingId: number }[]
    ).map((row) => `${row.actionId}/${row.meetingId}`),
  );
  const kept = new Set<number>();
  for (const { actionId, kind, resolution } of tracked) {
    const until = yearsFrom(resolution.meetingDate, FOLLOW_UP_YEARS);
    const matches = followUpMatcher({
      text: resolution.text,
      // An undertaking in passing is about its own words, not the whole minute's subject.
      minuteTitle: kind === 'commitment' ? '' : resolution.minuteTitle,
      meetingDate: resolution.meetingDate,
    });
    // The best answer at the first later meeting that answers it: a subject that recurs at
    // every meeting is not answered at every meeting. Candidates come in date order.
    let first: { candidate: StoredCandidate; score: number; evidence: string } | null = null;
    const later = byCommittee.get(resolution.committeeId) ?? [];
    for (let at = firstAfter(later, resolution.meetingDate); at < later.length; at += 1) {
      const candidate = later[at]!;
      if (candidate.meetingDate > until) break;
      if (first && candidate.meetingDate > first.candidate.meetingDate) break;
      if (rejected.has(`${actionId}/${candidate.meetingId}`)) continue;
      const match = matches(candidate);
      if (match && (!first || match.score > first.score)) first = { candidate, ...match };
    }
    const suggested = first ? [first] : [];
    for (const { candidate, score, evidence } of suggested) {
      const row = upsert.get(
        actionId,
        candidate.meetingId,
        candidate.matchKey,
        candidate.target,
        candidate.agendaNumber,
        candidate.title,
        evidence,
        score,
        candidate.documentId,
        candidate.page,
      ) as { id: number };
      kept.add(row.id);
    }
  }
  // Suggestions that no longer match go; the chair's confirmed and rejected decisions stay.
  const { where, params } = meetingsWithin(scope, 'to');
  const stale = db
    .prepare(
      `SELECT f.id FROM meeting m JOIN action_item a ON a.meeting_id = m.id
         JOIN action_follow_up f ON f.action_id = a.id
        WHERE f.state = 'suggested' AND ${where}`,
    )
    .all(...params) as { id: number }[];
  const remove = db.prepare('DELETE FROM action_follow_up WHERE id = ?');
  for (const { id } of stale) if (!kept.has(id)) remove.run(id);
}

/** Files the store's actions when resolutions exist that no action points at (an older store). */
export function ensureActionsFiled(db: Database.Database): void {
  // Each filed resolution has its own action, so equal counts mean every one is filed: two
  // counts over indexes, where looking for a missing one walks every resolution (~20 ms on a
  // twenty-year archive, paid by every page of the list).
  const filed = db
    .prepare(
      `SELECT (SELECT count(*) FROM resolution) =
              (SELECT count(*) FROM action_item WHERE resolution_id IS NOT NULL)`,
    )
    .pluck()
    .get();
  if (filed === 1) return;
  const missing = db
    .prepare(
      `SELECT 1 FROM resolution r WHERE NOT EXISTS (SELECT 1 FROM action_item a WHERE a.resolution_id = r.id) LIMIT 1`,
    )
    .get();
  if (missing) fileActions(db);
}

interface ActionRow {
  id: number;
  committee: string;
  meetingId: number;
  meetingDate: string;
  minuteNumber: string;
  minuteTitle: string;
  label: string | null;
  text: string;
  kind: ActionKind;
  owner: string | null;
  due: string | null;
  dueWords: string | null;
  status: ActionStatus;
  sourceDocumentId: number | null;
  sourcePage: number | null;
  sourceLineFrom: number | null;
  sourceLineTo: number | null;
}

const ACTION_SELECT = `
  SELECT a.id, c.name AS committee, m.id AS meetingId, m.date AS meetingDate, a.minute_number AS minuteNumber,
         mi.title AS minuteTitle, r.label, r.text, a.kind, a.owner, a.due, a.due_words AS dueWords,
         coalesce((SELECT e.status FROM action_event e WHERE e.action_id = a.id
                    ORDER BY e.created_at DESC, e.id DESC LIMIT 1), 'open') AS status,
         r.source_document_id AS sourceDocumentId, r.source_page AS sourcePage,
         r.source_line_from AS sourceLineFrom, r.source_line_to AS sourceLineTo
    FROM action_item a
    JOIN resolution r ON r.id = a.resolution_id
    JOIN minute mi ON mi.id = r.minute_id
    JOIN meeting m ON m.id = a.meeting_id
    JOIN committee c ON c.id = m.committee_id`;

const outstanding = (action: Pick<Action, 'tracked' | 'status'>): boolean =>
  action.tracked && (action.status === 'open' || action.status === 'in-progress');

type HistoryRow = Omit<Action['history'][number], 'source'> & {
  documentId: number | null;
  page: number | null;
};

/** Turns rows into actions with history, follow-ups and whether each is overdue on `today`. */
function complete(db: Database.Database, rows: ActionRow[], today: string): Action[] {
  const history = db.prepare(
    `SELECT status, note, created_at AS at, source AS by, source_document_id AS documentId,
            source_page AS page
       FROM action_event WHERE action_id = ? ORDER BY created_at, id`,
  );
  const followUps = db.prepare(
    `SELECT f.id, f.meeting_id AS meetingId, m.date AS meetingDate, f.agenda_number AS agendaNumber, f.title,
            f.target, f.evidence, f.state
       FROM action_follow_up f JOIN meeting m ON m.id = f.meeting_id
      WHERE f.action_id = ? ORDER BY m.date, f.score DESC, f.id`,
  );
  return rows.map(
    ({ sourceDocumentId, sourcePage, sourceLineFrom, sourceLineTo, ...row }): Action => {
      const answered = followUps.all(row.id) as Action['followUps'];
      const tracked = isTracked(row.kind);
      const action = {
        ...row,
        tracked,
        source:
          sourceDocumentId !== null && sourcePage !== null
            ? {
                documentId: sourceDocumentId,
                page: sourcePage,
                lineFrom: sourceLineFrom,
                lineTo: sourceLineTo,
              }
            : null,
        history: (history.all(row.id) as HistoryRow[]).map(({ documentId, page, ...entry }) => ({
          ...entry,
          source: documentId !== null && page !== null ? { documentId, page } : null,
        })),
        followUps: answered,
        overdue: false,
      };
      action.overdue =
        outstanding(action) &&
        isPastDue(row.due, today) &&
        !answered.some((followUp) => followUp.state !== 'rejected');
      return action;
    },
  );
}

/** Outstanding actions first (overdue before the rest), then newest meeting first. */
function byChairsOrder(a: Action, b: Action): number {
  const rank = (action: Action): number =>
    outstanding(action) ? (action.overdue ? 0 : 1) : action.tracked ? 2 : 3;
  return rank(a) - rank(b) || b.meetingDate.localeCompare(a.meetingDate) || a.id - b.id;
}

export interface ActionFilter {
  /** Words in the committee's name, any case. */
  committee?: string;
  /** The committee named exactly this. */
  committeeName?: string;
  /** Outstanding actions only: requests, recommendations and commitments still open or in progress. */
  open?: boolean;
  /** Only these kinds. */
  kinds?: ActionKind[];
  /** Only this owner, as printed. */
  owner?: string;
  /** Only actions whose current status is one of these. */
  statuses?: ActionStatus[];
}

export interface ActionPage {
  limit?: number;
  offset?: number;
}

const TRACKED_SQL = trackedKinds.map((kind) => `'${kind}'`).join(', ');
const STATUS_SQL = `coalesce(latest.status, 'open')`;
const OUTSTANDING_SQL = `(a.kind IN (${TRACKED_SQL}) AND ${STATUS_SQL} IN ('open', 'in-progress'))`;
/** The chair's order's first key: 0 overdue, 1 outstanding, 2 other tracked, 3 the rest. */
const RANK_SQL = `
  CASE WHEN ${OUTSTANDING_SQL} THEN
         CASE WHEN a.due IS NOT NULL
               AND a.due < (CASE WHEN length(a.due) = 10 THEN :today ELSE substr(:today, 1, 7) END)
               AND NOT EXISTS (SELECT 1 FROM action_follow_up f
                                WHERE f.action_id = a.id AND f.state <> 'rejected')
              THEN 0 ELSE 1 END
       WHEN a.kind IN (${TRACKED_SQL}) THEN 2 ELSE 3 END`;

/**
 * The filtered actions' ids with what orders them (the chair's order: outstanding first, overdue
 * before the rest, then newest meeting first), computed in SQL so that only a page's rows are
 * read whole. Only the filters given are written into the query, so that one committee's actions
 * are found through its meetings rather than by reading every action; the current status (the
 * latest event) is looked up once per action.
 */
function rankedQuery(
  filter: ActionFilter,
  today: string,
  newestFirst = false,
): { sql: string; parameters: Record<string, unknown> } {
  // An action no pack prints any more (its resolution replaced without it) is not listed.
  const where = ['a.resolution_id IS NOT NULL'];
  const parameters: Record<string, unknown> = { today };
  // Newest first: meetings walked down their date index (CROSS JOIN keeps that order), so a
  // page that asks for the newest few stops there rather than sorting every action.
  let from = newestFirst
    ? `meeting m INDEXED BY meeting_date CROSS JOIN action_item a ON a.meeting_id = m.id`
    : `action_item a JOIN meeting m ON m.id = a.meeting_id`;
  if (filter.committeeName !== undefined) {
    from = `committee c JOIN meeting m ON m.committee_id = c.id JOIN action_item a ON a.meeting_id = m.id`;
    where.push('c.name = :committeeName');
    parameters.committeeName = filter.committeeName;
  }
  if (filter.committee !== undefined) {
    where.push(
      'm.committee_id IN (SELECT id FROM committee WHERE instr(lower(name), lower(:committee)) > 0)',
    );
    parameters.committee = filter.committee;
  }
  if (filter.kinds) {
    where.push('a.kind IN (SELECT value FROM json_each(:kinds))');
    parameters.kinds = JSON.stringify(filter.kinds);
  }
  if (filter.owner !== undefined) {
    where.push('a.owner = :owner');
    parameters.owner = filter.owner;
  }
  if (filter.statuses) {
    where.push(`${STATUS_SQL} IN (SELECT value FROM json_each(:statuses))`);
    parameters.statuses = JSON.stringify(filter.statuses);
  }
  if (filter.open) where.push(OUTSTANDING_SQL);
  const sql = `
    SELECT a.id, a.owner, m.date AS meetingDate, ${RANK_SQL} AS rank
      FROM ${from}
      LEFT JOIN action_event latest ON latest.id =
        (SELECT e.id FROM action_event e WHERE e.action_id = a.id
          ORDER BY e.created_at DESC, e.id DESC LIMIT 1)
     WHERE ${where.join(' AND ')}`;
  return { sql, parameters };
}

/**
 * The ids of the filtered actions in the chair's order, or of one page of them. A page is read one
 * rank at a time (overdue, outstanding, other tracked, the rest), each newest meeting first, and
 * stops when it is full: the first page of a twenty-year archive, where overdue actions abound,
 * then reads the newest meetings' actions instead of ranking every action in the store.
 */
function orderedIds(
  db: Database.Database,
  filter: ActionFilter,
  today: string,
  page: ActionPage,
): number[] {
  if (page.limit === undefined) {
    const { sql, parameters } = rankedQuery(filter, today);
    return db
      .prepare(`${sql} ORDER BY rank, meetingDate DESC, a.id LIMIT -1 OFFSET :offset`)
      .pluck()
      .all({ ...parameters, offset: page.offset ?? 0 }) as number[];
  }
  const { sql, parameters } = rankedQuery(filter, today, true);
  const wanted = (page.offset ?? 0) + page.limit;
  const ofRank = db.prepare(
    `SELECT id FROM (${sql}) WHERE rank = :rank ORDER BY meetingDate DESC, id LIMIT :wanted`,
  );
  const ids: number[] = [];
  for (let rank = 0; rank <= 3 && ids.length < wanted; rank += 1) {
    ids.push(
      ...(ofRank.pluck().all({ ...parameters, rank, wanted: wanted - ids.length }) as number[]),
    );
  }
  return ids.slice(page.offset ?? 0, wanted);
}

/**
 * The filtered actions in the chair's order; given a page, only `limit` of them after `offset`,
 * and only those are completed with their history and follow-ups.
 */
export function listActions(
  db: Database.Database,
  filter: ActionFilter,
  today: string,
  page: ActionPage = {},
): Action[] {
  ensureActionsFiled(db);
  const ids = orderedIds(db, filter, today, page);
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`${ACTION_SELECT} JOIN json_each(?) page ON page.value = a.id ORDER BY page.key`)
    .all(JSON.stringify(ids)) as ActionRow[];
  return complete(db, rows, today);
}

export interface ActionCounts {
  /** Committees with at least one action, A to Z. */
  committees: string[];
  /** Owners named by the committee's actions (or all, with no committee), A to Z. */
  owners: string[];
  /** The committee's outstanding actions, whatever the other filters. */
  outstanding: number;
  /** Of those, the ones past their due date with nothing answering them. */
  overdue: number;
  /** The actions every filter keeps: the length of the whole filtered list. */
  matching: number;
}

/** Counts for the Actions page's summary, without reading any action whole. */
export function countActions(
  db: Database.Database,
  filter: ActionFilter,
  today: string,
): ActionCounts {
  ensureActionsFiled(db);
  const committees = (
    db
      .prepare(
        `SELECT c.name FROM committee c
          WHERE EXISTS (SELECT 1 FROM meeting m JOIN action_item a ON a.meeting_id = m.id
                          JOIN resolution r ON r.id = a.resolution_id WHERE m.committee_id = c.id)`,
      )
      .pluck()
      .all() as string[]
  ).sort();
  const ofCommittee = rankedQuery(
    { committee: filter.committee, committeeName: filter.committeeName },
    today,
  );
  const committeeWide = db
    .prepare(
      `SELECT coalesce(sum(rank = 0), 0) AS overdue, coalesce(sum(rank < 2), 0) AS outstanding,
              json_group_array(DISTINCT owner) FILTER (WHERE owner IS NOT NULL) AS owners
         FROM (${ofCommittee.sql})`,
    )
    .get(ofCommittee.parameters) as { overdue: number; outstanding: number; owners: string };
  const filtered = rankedQuery(filter, today);
  const matching = db
    .prepare(`SELECT count(*) FROM (${filtered.sql})`)
    .pluck()
    .get(filtered.parameters) as number;
  return {
    committees,
    owners: (JSON.parse(committeeWide.owners) as string[]).sort(),
    outstanding: committeeWide.outstanding,
    overdue: committeeWide.overdue,
    matching,
  };
}

export function getAction(db: Database.Database, id: number, today: string): Action | null {
  const rows = db.prepare(`${ACTION_SELECT} WHERE a.id = ?`).all(id) as ActionRow[];
  return complete(db, rows, today)[0] ?? null;
}

/**
 * Actions from the committee's earlier meetings that fall to this meeting: answered by an item at
 * it; or due by it (a month due counts as due at a meeting in that month) and not answered at an
 * earlier meeting, while still outstanding or first due since the meeting before.
 */
export function actionsForMeeting(
  db: Database.Database,
  meetingId: number,
  today: string,
): Action[] {
  ensureActionsFiled(db);
  const meeting = db
    .prepare(
      `SELECT m.date, m.committee_id AS committeeId,
              (SELECT max(p.date) FROM meeting p WHERE p.committee_id = m.committee_id AND p.date < m.date)
                AS previousDate
         FROM meeting m WHERE m.id = ?`,
    )
    .get(meetingId) as
    { date: string; committeeId: number; previousDate: string | null } | undefined;
  if (!meeting) return [];
  const rows = db
    .prepare(
      `${ACTION_SELECT} WHERE m.committee_id = ? AND m.date < ?
               ORDER BY m.date DESC, mi.position, r.position, a.id`,
    )
    .all(meeting.committeeId, meeting.date) as ActionRow[];
  const isBy = (due: string, date: string): boolean => due <= date.slice(0, due.length);
  return complete(db, rows, today)
    .filter((action) => {
      if (!action.tracked) return false;
      const live = action.followUps.filter((followUp) => followUp.state !== 'rejected');
      if (live.some((followUp) => followUp.meetingId === meetingId)) return true;
      if (action.due === null || !isBy(action.due, meeting.date)) return false;
      if (live.some((followUp) => followUp.meetingDate < meeting.date)) return false;
      const newlyDue = meeting.previousDate === null || !isBy(action.due, meeting.previousDate);
      return outstanding(action) || newlyDue;
    })
    .sort(byChairsOrder);
}

/** Adds a dated entry to the action's status history; false when there is no such action. */
export function setActionStatus(
  db: Database.Database,
  id: number,
  status: ActionStatus,
  note: string | null,
  now: string = new Date().toISOString(),
): boolean {
  const exists = db.prepare('SELECT 1 FROM action_item WHERE id = ?').get(id);
  if (!exists) return false;
  db.prepare(
    `INSERT INTO action_event (action_id, status, note, source, created_at) VALUES (?, ?, ?, 'chair', ?)`,
  ).run(id, status, note, now);
  return true;
}

/** The chair's decision on a suggested follow-up; returns the action's id, or null if none. */
export function decideFollowUp(
  db: Database.Database,
  followUpId: number,
  state: FollowUpState,
  now: string = new Date().toISOString(),
): number | null {
  const row = db
    .prepare('SELECT action_id AS actionId FROM action_follow_up WHERE id = ?')
    .get(followUpId) as { actionId: number } | undefined;
  if (!row) return null;
  db.prepare('UPDATE action_follow_up SET state = ?, decided_at = ? WHERE id = ?').run(
    state,
    state === 'suggested' ? null : now,
    followUpId,
  );
  return row.actionId;
}
