// Anchors for the member's questions and notes: turns "this paragraph (or passage), item, minute,
// resolution or indicator" into stored columns with the quoted words, and after a revised pack
// finds every anchor again by its words. An anchor whose words are gone is flagged, never deleted.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { anchorTargetSchema } from '../shared/contract';
import { findQuote, quoteOf, type Candidate, type TextQuote } from '../shared/anchors/text-quote';

export type AnchorTarget = z.infer<typeof anchorTargetSchema>;
type AnchorKind = AnchorTarget['kind'] | 'none';

/** The anchor columns shared by the question and note tables. */
export interface AnchorColumns {
  anchorKind: AnchorKind;
  agendaItemId: number | null;
  reportParagraphId: number | null;
  minuteId: number | null;
  resolutionId: number | null;
  indicatorId: number | null;
  periodKey: string | null;
  agendaNumber: string | null;
  paragraphNumber: string | null;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
}

/** A target that does not belong to the meeting, or does not exist: a message for the member. */
export class AnchorError extends Error {}

const empty: AnchorColumns = {
  anchorKind: 'meeting',
  agendaItemId: null,
  reportParagraphId: null,
  minuteId: null,
  resolutionId: null,
  indicatorId: null,
  periodKey: null,
  agendaNumber: null,
  paragraphNumber: null,
  quote: null,
  prefix: null,
  suffix: null,
  start: null,
};

const withQuote = (columns: AnchorColumns, anchor: TextQuote): AnchorColumns => ({
  ...columns,
  quote: anchor.quote,
  prefix: anchor.prefix,
  suffix: anchor.suffix,
  start: anchor.start,
});

interface ParagraphRow {
  id: number;
  number: string | null;
  text: string;
  agendaItemId: number | null;
  agendaNumber: string | null;
}

const paragraphsOfMeeting = `
  SELECT p.id, p.number, p.text, r.agenda_item_id AS agendaItemId,
         a.number AS agendaNumber
    FROM report_paragraph p
    JOIN report r ON r.id = p.report_id
    LEFT JOIN agenda_item a ON a.id = r.agenda_item_id
   WHERE r.meeting_id = ?
   ORDER BY a.position, r.id, p.position`;

/** Works out the columns for a new anchor; throws AnchorError when the target is not there. */
export function resolveTarget(
  db: Database.Database,
  meetingId: number,
  target: AnchorTarget | undefined,
): AnchorColumns {
  if (!target || target.kind === 'meeting') return empty;
  if (target.kind === 'agenda-item') {
    const item = db
      .prepare('SELECT id, number, title FROM agenda_item WHERE id = ? AND meeting_id = ?')
      .get(target.agendaItemId, meetingId) as
      { id: number; number: string | null; title: string } | undefined;
    if (!item)
      throw new AnchorError(`Agenda item ${target.agendaItemId} is not on this meeting's agenda.`);
    return withQuote(
      { ...empty, anchorKind: 'agenda-item', agendaItemId: item.id, agendaNumber: item.number },
      quoteOf(item.title),
    );
  }
  if (target.kind === 'paragraph') {
    const paragraph = (db.prepare(paragraphsOfMeeting).all(meetingId) as ParagraphRow[]).find(
      (row) => row.id === target.paragraphId,
    );
    if (!paragraph) {
      throw new AnchorError(`Paragraph ${target.paragraphId} is not in this meeting's reports.`);
    }
    const start = target.start ?? 0;
    const end = target.end ?? Math.min(paragraph.text.length, start + 300);
    if (end <= start || start >= paragraph.text.length) {
      throw new AnchorError('The passage chosen is empty: select some words of the paragraph.');
    }
    return withQuote(
      {
        ...empty,
        anchorKind: 'paragraph',
        agendaItemId: paragraph.agendaItemId,
        reportParagraphId: paragraph.id,
        agendaNumber: paragraph.agendaNumber,
        paragraphNumber: paragraph.number,
      },
      quoteOf(paragraph.text, start, end),
    );
  }
  if (target.kind === 'minute' || target.kind === 'resolution') {
    const row = minuteCandidates(db, meetingId, target.kind).find(
      (each) => each.id === (target.kind === 'minute' ? target.minuteId : target.resolutionId),
    );
    if (!row) throw new AnchorError(`That ${target.kind} is not in this meeting's minutes.`);
    const key = target.kind === 'minute' ? 'minuteId' : 'resolutionId';
    return withQuote(
      { ...empty, anchorKind: target.kind, [key]: row.id, minuteId: row.minuteId },
      quoteOf(row.text),
    );
  }
  const indicator = db
    .prepare('SELECT name FROM indicator WHERE id = ?')
    .get(target.indicatorId) as { name: string } | undefined;
  if (!indicator) throw new AnchorError(`There is no indicator ${target.indicatorId}.`);
  return {
    ...empty,
    anchorKind: 'indicator',
    indicatorId: target.indicatorId,
    periodKey: target.periodKey ?? null,
    quote: indicator.name,
  };
}

interface MinuteCandidate extends Candidate {
  minuteId: number;
}

/** Minutes (title and body) or resolutions recorded for a meeting, as text to search. */
function minuteCandidates(
  db: Database.Database,
  meetingId: number,
  kind: 'minute' | 'resolution',
): MinuteCandidate[] {
  const sql =
    kind === 'minute'
      ? `SELECT id, id AS minuteId, title || '\n' || body AS text FROM minute WHERE meeting_id = ?`
      : `SELECT r.id, r.minute_id AS minuteId, r.text FROM resolution r
           JOIN minute m ON m.id = r.minute_id WHERE m.meeting_id = ?`;
  return db.prepare(sql).all(meetingId) as MinuteCandidate[];
}

interface AnchoredRow {
  id: number;
  meetingId: number | null;
  kind: AnchorKind;
  agendaItemId: number | null;
  paragraphId: number | null;
  minuteId: number | null;
  resolutionId: number | null;
  quote: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  changed: 0 | 1;
}

export interface Reanchored {
  /** Anchors whose words were found again (possibly in another paragraph). */
  found: number;
  /** Anchors whose words could not be found: kept and flagged. */
  changed: number;
  /** Of those, the ones found last time: what a member should be told about now. */
  newlyChanged: number;
}

/**
 * Finds every anchored question and note again by its quoted words, in the meeting it belongs to.
 * Run after a pack is stored (inside the same transaction): paragraph ids are kept by number, so
 * a renumbered report can leave an id pointing at different words; this moves the anchor to the
 * paragraph that now holds them, or flags it as changed and lets go of the stale link.
 */
export function reanchorMemberWork(db: Database.Database): Reanchored {
  const result: Reanchored = { found: 0, changed: 0, newlyChanged: 0 };
  const cache: CandidateCache = new Map();
  for (const table of ['question', 'note'] as const) {
    const rows = db
      .prepare(
        `SELECT id, meeting_id AS meetingId, anchor_kind AS kind, agenda_item_id AS agendaItemId,
                report_paragraph_id AS paragraphId, minute_id AS minuteId,
                resolution_id AS resolutionId, anchor_quote AS quote, anchor_prefix AS prefix,
                anchor_suffix AS suffix, anchor_start AS start, anchor_changed AS changed
           FROM ${table}
          WHERE meeting_id IS NOT NULL AND anchor_quote IS NOT NULL
            AND anchor_kind IN ('agenda-item', 'paragraph', 'minute', 'resolution')`,
      )
      .all() as AnchoredRow[];
    const update = db.prepare(
      `UPDATE ${table} SET agenda_item_id = :agendaItemId, report_paragraph_id = :paragraphId,
              minute_id = :minuteId, resolution_id = :resolutionId,
              anchor_agenda_number = coalesce(:agendaNumber, anchor_agenda_number),
              anchor_paragraph_number = coalesce(:paragraphNumber, anchor_paragraph_number),
              anchor_start = coalesce(:start, anchor_start), anchor_changed = :changed
        WHERE id = :id`,
    );
    for (const row of rows) {
      const located = locate(db, row, cache);
      const next = located ?? lost(row);
      if (located) result.found++;
      else {
        result.changed++;
        if (row.changed === 0) result.newlyChanged++;
      }
      update.run({ id: row.id, ...next, changed: located ? 0 : 1 });
    }
  }
  return result;
}

type Located = Pick<
  AnchorColumns,
  'agendaItemId' | 'minuteId' | 'resolutionId' | 'agendaNumber' | 'paragraphNumber' | 'start'
> & { paragraphId: number | null };

/** What is left of an anchor whose words are gone: the agenda item only, if that still exists. */
function lost(row: AnchoredRow): Located {
  return {
    agendaItemId: row.kind === 'agenda-item' ? null : row.agendaItemId,
    paragraphId: null,
    minuteId: row.kind === 'minute' ? null : row.minuteId,
    resolutionId: null,
    agendaNumber: null,
    paragraphNumber: null,
    start: null,
  };
}

/** Finds one anchor's words again, or null when they are gone. */
/** A meeting's candidate texts by kind, read once per re-anchoring run however many anchors. */
export type CandidateCache = Map<string, unknown[]>;

function cached<T>(cache: CandidateCache, key: string, load: () => T[]): T[] {
  let rows = cache.get(key) as T[] | undefined;
  if (!rows) {
    rows = load();
    cache.set(key, rows);
  }
  return rows;
}

export function locate(
  db: Database.Database,
  row: Pick<AnchoredRow, 'meetingId' | 'kind' | 'quote' | 'prefix' | 'suffix' | 'start'> &
    Partial<Pick<AnchoredRow, 'paragraphId' | 'agendaItemId' | 'minuteId' | 'resolutionId'>>,
  cache: CandidateCache = new Map(),
): Located | null {
  if (row.meetingId === null) return null;
  const anchor: TextQuote = {
    quote: row.quote,
    prefix: row.prefix ?? '',
    suffix: row.suffix ?? '',
    start: row.start ?? 0,
  };
  if (row.kind === 'paragraph') {
    const meetingId = row.meetingId;
    const paragraphs = cached(
      cache,
      `paragraph ${meetingId}`,
      () => db.prepare(paragraphsOfMeeting).all(meetingId) as ParagraphRow[],
    );
    const found = findQuote(paragraphs, anchor, row.paragraphId ?? null);
    const paragraph = found && paragraphs.find((each) => each.id === found.id);
    if (!found || !paragraph) return null;
    return {
      agendaItemId: paragraph.agendaItemId,
      paragraphId: paragraph.id,
      minuteId: null,
      resolutionId: null,
      agendaNumber: paragraph.agendaNumber,
      paragraphNumber: paragraph.number,
      start: found.start,
    };
  }
  if (row.kind === 'agenda-item') {
    const meetingId = row.meetingId;
    const items = cached(
      cache,
      `agenda-item ${meetingId}`,
      () =>
        db
          .prepare('SELECT id, number, title AS text FROM agenda_item WHERE meeting_id = ?')
          .all(meetingId) as (Candidate & { number: string | null })[],
    );
    const found = findQuote(items, anchor, row.agendaItemId ?? null);
    const item = found && items.find((each) => each.id === found.id);
    if (!item) return null;
    return {
      agendaItemId: item.id,
      paragraphId: null,
      minuteId: null,
      resolutionId: null,
      agendaNumber: item.number,
      paragraphNumber: null,
      start: null,
    };
  }
  if (row.kind !== 'minute' && row.kind !== 'resolution') return null;
  const { meetingId, kind } = row;
  const candidates = cached(cache, `${kind} ${meetingId}`, () =>
    minuteCandidates(db, meetingId, kind),
  );
  const prefer = row.kind === 'minute' ? row.minuteId : row.resolutionId;
  const found = findQuote(candidates, anchor, prefer ?? null);
  const hit = found && candidates.find((each) => each.id === found.id);
  if (!hit) return null;
  return {
    agendaItemId: null,
    paragraphId: null,
    minuteId: hit.minuteId,
    resolutionId: row.kind === 'resolution' ? hit.id : null,
    agendaNumber: null,
    paragraphNumber: null,
    start: null,
  };
}

/** Re-anchors after an import and says, in words, how many anchors lost their text this time. */
export function reanchorAfterImport(db: Database.Database): string[] {
  const { newlyChanged } = reanchorMemberWork(db);
  if (newlyChanged === 0) return [];
  const what =
    newlyChanged === 1
      ? '1 of your questions or notes points'
      : `${newlyChanged} of your questions or notes point`;
  return [
    `${what} to text that has changed in this pack; they are kept and marked so you can check them.`,
  ];
}
