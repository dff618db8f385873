// Writes one parsed agenda pack into the store: the document and its pages, the meeting it is
// for, its agenda, reports and paragraphs, and (via minutes-writer) the minutes it carries. Runs
// as ONE transaction; a revised pack updates rows in place and never touches the member's work.
import type Database from 'better-sqlite3';
import type { OfficerReport, ParsedPack, SourceRange } from '../shared/agenda-pack';
import { keyText, reconcileChildren } from './reconcile';
import { storeMinutes } from './minutes-writer';
import { onlyMeetingOn, upsertCommittee, upsertMeeting, upsertPerson } from './meeting-upserts';
import { compressPageText } from './page-text';

export interface DocumentToStore {
  sha256: string;
  fileName: string;
  format: 'pdf' | 'docx' | 'text' | 'markdown';
  byteSize: number;
  pages: string[];
}

export interface PackCounts {
  pages: number;
  agendaItems: number;
  reports: number;
  paragraphs: number;
  minutes: number;
  resolutions: number;
  questions: number;
  dashboards: number;
  unrecognisedLines: number;
  /** Indicator figures (table cells and narrative statements) filed against their indicators. */
  indicatorFigures: number;
}

/** More to store inside the same transaction (the pack's indicator figures). */
export type AlsoStore = (documentId: number) => { figures: number; warnings: string[] };

export interface StoredPack {
  documentId: number;
  meetingId: number;
  /** Every meeting the pack touched: its own first, then those whose minutes it carries. */
  meetings: string[];
  /** The ids of those meetings, without repeats. */
  meetingIds: number[];
  counts: PackCounts;
  warnings: string[];
}

export class PackStoreError extends Error {}

export function findDocumentBySha256(
  db: Database.Database,
  sha256: string,
): { id: number; fileName: string } | null {
  const row = db
    .prepare('SELECT id, file_name AS fileName FROM document WHERE sha256 = ?')
    .get(sha256);
  return (row as { id: number; fileName: string } | undefined) ?? null;
}

function councilOf(pack: ParsedPack): string | null {
  return pack.minutesOf.find((minutes) => minutes.council)?.council ?? null;
}

function committeeOf(pack: ParsedPack): string | null {
  return (
    pack.meeting?.committee ??
    pack.reports.find((report) => report.committee)?.committee ??
    pack.minutesOf.find((minutes) => minutes.committee)?.committee ??
    null
  );
}

const sourceColumns = (documentId: number, source: SourceRange) => [
  documentId,
  source.page,
  source.lineFrom,
  source.lineTo,
];

function storeAgenda(
  db: Database.Database,
  meetingId: number,
  documentId: number,
  pack: ParsedPack,
): number[] {
  const update = db.prepare(
    `UPDATE agenda_item SET number = ?, title = ?, report_by = ?, page_from = ?, page_to = ?, position = ?,
       source_document_id = ?, source_page = ?, source_line_from = ?, source_line_to = ? WHERE id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO agenda_item (meeting_id, number, title, report_by, page_from, page_to, position,
       source_document_id, source_page, source_line_from, source_line_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return reconcileChildren(db, pack.agenda, {
    table: 'agenda_item',
    parentColumn: 'meeting_id',
    parentId: meetingId,
    existingKeySql: 'coalesce(number, lower(title))',
    keyOf: (item) => item.number || keyText(item.title),
    update: (id, item, position) =>
      update.run(
        item.number,
        item.title,
        item.reportBy,
        ...pageRange(item.pages),
        position,
        ...sourceColumns(documentId, item.source),
        id,
      ),
    insert: (item, position) =>
      Number(
        insert.run(
          meetingId,
          item.number,
          item.title,
          item.reportBy,
          ...pageRange(item.pages),
          position,
          ...sourceColumns(documentId, item.source),
        ).lastInsertRowid,
      ),
  });
}

/** A printed page range, or none when it runs backwards ("Pages 109 - 13", a typo or cut text). */
function pageRange(pages: { from: number; to: number } | null): [number | null, number | null] {
  return pages && pages.from >= 1 && pages.to >= pages.from ? [pages.from, pages.to] : [null, null];
}

function storeReport(
  db: Database.Database,
  meetingId: number,
  documentId: number,
  report: OfficerReport,
  agendaItemId: number | null,
): number {
  const existing = db
    .prepare('SELECT id FROM report WHERE meeting_id = ? AND lower(title) = ?')
    .get(meetingId, keyText(report.title)) as { id: number } | undefined;
  const values = [
    agendaItemId,
    report.title,
    report.reportOf,
    report.meetingDate,
    report.source.page,
    report.source.pageTo,
    documentId,
    report.source.page,
  ];
  let reportId: number;
  if (existing) {
    db.prepare(
      `UPDATE report SET agenda_item_id = ?, title = ?, report_of = ?, stated_meeting_date = ?, page_from = ?, page_to = ?,
         source_document_id = ?, source_page = ? WHERE id = ?`,
    ).run(...values, existing.id);
    reportId = existing.id;
  } else {
    reportId = Number(
      db
        .prepare(
          `INSERT INTO report (meeting_id, agenda_item_id, title, report_of, stated_meeting_date, page_from, page_to,
             source_document_id, source_page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(meetingId, ...values).lastInsertRowid,
    );
  }
  const update = db.prepare(
    'UPDATE report_paragraph SET number = ?, heading = ?, text = ?, page = ?, position = ?, line_from = ?, line_to = ? WHERE id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO report_paragraph (report_id, number, heading, text, page, position, line_from, line_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  reconcileChildren(db, report.paragraphs, {
    table: 'report_paragraph',
    parentColumn: 'report_id',
    parentId: reportId,
    existingKeySql: "coalesce(number, '#' || (-position - 1))",
    keyOf: (paragraph, position) => paragraph.number || `#${position}`,
    update: (id, p, position) =>
      update.run(
        p.number,
        p.heading,
        p.text,
        p.source.page,
        position,
        p.source.lineFrom,
        p.source.lineTo,
        id,
      ),
    insert: (p, position) =>
      Number(
        insert.run(
          reportId,
          p.number,
          p.heading,
          p.text,
          p.source.page,
          position,
          p.source.lineFrom,
          p.source.lineTo,
        ).lastInsertRowid,
      ),
  });
  return reportId;
}

/** What a pack that cannot be filed lacks, in a member's words. */
function whatIsMissing(pack: ParsedPack): string {
  const dated = pack.minutesOf.some((minutes) => minutes.date);
  const headings = pack.minutesOf.some((minutes) => minutes.minutes.length > 0);
  if (pack.minutesOf.length > 0 && !dated)
    return headings
      ? 'minute headings but no meeting date were found'
      : 'minutes were found but neither their date nor any minute headings could be read';
  return 'no meeting date was found on a front sheet, in a report header or in minutes';
}

/** Stores the pack in one transaction and says what it stored. Throws PackStoreError if it cannot. */
export function storePack(
  db: Database.Database,
  document: DocumentToStore,
  pack: ParsedPack,
  today: string,
  alsoStore?: AlsoStore,
): StoredPack {
  const committee = committeeOf(pack);
  const datedMinutes = pack.minutesOf.filter((minutes) => minutes.date);
  // A minutes-only paper (or a decision record) is filed under the meetings it records.
  const ownMeeting =
    pack.meetingDate !== null &&
    (pack.meeting !== null ||
      pack.agenda.length > 0 ||
      datedMinutes.length === 0 ||
      !datedMinutes.some((minutes) => minutes.date === pack.meetingDate));
  if (!pack.meetingDate && datedMinutes.length === 0) throw new PackStoreError(whatIsMissing(pack));
  // A report naming only its meeting's date is filed with the one meeting the store has that day.
  const sameDay = !committee && pack.meetingDate ? onlyMeetingOn(db, pack.meetingDate) : null;
  if (!committee && !sameDay)
    throw new PackStoreError(
      pack.meetingDate
        ? `a meeting date (${pack.meetingDate}) but no committee name was found on a front sheet, in a report header or in minutes`
        : 'no committee name was found on a front sheet, in a report header or in minutes',
    );
  return db.transaction((): StoredPack => {
    const committeeId = committee
      ? upsertCommittee(db, committee, councilOf(pack))
      : sameDay!.committeeId;
    const front = pack.meeting;
    const meetingId = ownMeeting
      ? upsertMeeting(db, committeeId, pack.meetingDate!, {
          time: front?.time ?? null,
          location: front?.location ?? null,
          contact: front?.contact ?? null,
          status: pack.meetingDate! < today ? 'held' : 'scheduled',
        })
      : null;
    const documentId = Number(
      db
        .prepare(
          'INSERT INTO document (sha256, file_name, format, page_count, byte_size, meeting_id) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          document.sha256,
          document.fileName,
          document.format,
          document.pages.length,
          document.byteSize,
          meetingId,
        ).lastInsertRowid,
    );
    const insertPage = db.prepare(
      'INSERT INTO document_page (document_id, page_number, text_z) VALUES (?, ?, ?)',
    );
    document.pages.forEach((text, index) =>
      insertPage.run(documentId, index + 1, compressPageText(text)),
    );
    if (front && meetingId !== null) {
      db.prepare('UPDATE meeting SET source_document_id = ?, source_page = ? WHERE id = ?').run(
        documentId,
        front.source.page,
        meetingId,
      );
      replaceMembership(db, meetingId, front.membership, front.chair);
    }
    // A paper without an agenda (a report, minutes) never empties the agenda already stored.
    const agendaIds =
      meetingId === null || pack.agenda.length === 0
        ? []
        : storeAgenda(db, meetingId, documentId, pack);
    const agendaIdByNumber = new Map(
      pack.agenda.map((item, index) => [item.number, agendaIds[index]!]),
    );
    for (const report of pack.reports) {
      if (meetingId === null) break;
      storeReport(
        db,
        meetingId,
        documentId,
        report,
        report.agendaNumber ? (agendaIdByNumber.get(report.agendaNumber) ?? null) : null,
      );
    }
    const insertTable = db.prepare(
      'INSERT INTO dashboard_table (document_id, page, raw_rows) VALUES (?, ?, ?)',
    );
    for (const dashboard of pack.dashboards)
      insertTable.run(documentId, dashboard.source.page, JSON.stringify(dashboard.lines));
    const warnings = [...pack.warnings];
    const minutesStored = pack.minutesOf.flatMap((minutes) => {
      if (minutes.date) {
        const minutesCommittee = minutes.committee
          ? upsertCommittee(db, minutes.committee, minutes.council ?? councilOf(pack))
          : committeeId;
        return [storeMinutes(db, minutesCommittee, documentId, { ...minutes, date: minutes.date })];
      }
      warnings.push(
        `Minutes starting on page ${minutes.source.page} (line ${minutes.source.lineFrom}) name no meeting date, so they were not stored as minutes; their text is kept as document text.`,
      );
      return [];
    });
    const extra = alsoStore?.(documentId) ?? { figures: 0, warnings: [] };
    warnings.push(...extra.warnings);
    const unrecognisedLines = pack.unrecognised.reduce((sum, range) => sum + range.lines.length, 0);
    if (unrecognisedLines > 0) {
      warnings.push(
        `${unrecognisedLines} lines were not recognised as part of a meeting, agenda, minutes or report; they are kept as searchable document text.`,
      );
    }
    if (meetingId === null && minutesStored[0]) {
      db.prepare('UPDATE document SET meeting_id = ? WHERE id = ?').run(
        minutesStored[0].meetingId,
        documentId,
      );
    }
    const touched = [
      ...(meetingId === null ? [] : [{ id: meetingId, date: pack.meetingDate! }]),
      ...minutesStored.map((stored) => ({ id: stored.meetingId, date: stored.date })),
    ];
    return {
      documentId,
      meetingId: touched[0]!.id,
      meetings: touched.map((meeting) => meeting.date),
      meetingIds: [...new Set(touched.map((meeting) => meeting.id))],
      counts: {
        pages: document.pages.length,
        agendaItems: pack.agenda.length,
        reports: pack.reports.length,
        paragraphs: pack.reports.reduce((sum, report) => sum + report.paragraphs.length, 0),
        minutes: minutesStored.reduce((sum, stored) => sum + stored.minutes, 0),
        resolutions: minutesStored.reduce((sum, stored) => sum + stored.resolutions, 0),
        questions: minutesStored.reduce((sum, stored) => sum + stored.questions, 0),
        dashboards: pack.dashboards.length,
        unrecognisedLines,
        indicatorFigures: extra.figures,
      },
      warnings,
    };
  })();
}

function replaceMembership(
  db: Database.Database,
  meetingId: number,
  names: string[],
  chair: string | null,
): void {
  db.prepare('DELETE FROM meeting_member WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO meeting_member (meeting_id, person_id, role) VALUES (?, ?, ?)',
  );
  for (const name of names)
    insert.run(meetingId, upsertPerson(db, name), name === chair ? 'chair' : 'member');
}
