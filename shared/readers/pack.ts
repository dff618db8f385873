// Parses a whole agenda pack's text into meeting, agenda, minutes and reports, keeps table regions
// and anything unclaimed, and warns where the pack contradicts itself, without ever "fixing" it.

import { parseAgenda } from './agenda';
import { findDates, parseUkDate } from './dates';
import { parseFrontSheet } from './front-sheet';
import { normalisePages, sourceOf } from './lines';
import { parseMinutes } from './minutes';
import { parseReport } from './reports';
import { segmentPack } from './segment';
import { readSummons } from './summons';
import { readDecisionNotice } from './decision-notice';
import { isBodyName, splitCouncil } from './committee-names';
import { titleSimilarity } from './titles';
import type {
  AgendaItem,
  DashboardRegion,
  OfficerReport,
  PackLine,
  ParsedPack,
  SourceRange,
  UnrecognisedRange,
} from '../agenda-pack';

const MIN_TABLE_ROWS = 3;
const MAX_TABLE_GAP = 2;
const MIN_TITLE_SIMILARITY = 0.5;
const MAX_TITLE = 120;
const APPENDIX_LABEL = /^appendix(?:\s+[A-Z0-9]{1,3})?\.?$/i;

function isTableLine(text: string): boolean {
  return (text.match(/\t/g) ?? []).length >= 2;
}

/** Runs of tab-separated rows (dashboards and other tables), kept as raw lines. */
function findTables(lines: PackLine[]): Array<DashboardRegion & { from: number; to: number }> {
  const tables: Array<DashboardRegion & { from: number; to: number }> = [];
  let start = -1;
  let last = -1;
  let rows = 0;
  const close = (): void => {
    if (start >= 0 && rows >= MIN_TABLE_ROWS) {
      const titleLines: string[] = [];
      for (let index = start - 1; index >= Math.max(0, start - 6); index -= 1) {
        const text = (lines[index]?.text ?? '').trim();
        if (!text && titleLines.length > 0) break;
        if (!text || APPENDIX_LABEL.test(text)) continue;
        if (isTableLine(text) || text.length > MAX_TITLE) break;
        titleLines.unshift(text);
      }
      const title = titleLines.join(' ') || null;
      const raw = lines
        .slice(start, last + 1)
        .map((line) => line.text)
        .filter((text) => text.trim());
      tables.push({
        title,
        lines: raw,
        source: sourceOf(lines, start, last),
        from: start,
        to: last,
      });
    }
    start = -1;
    rows = 0;
  };
  lines.forEach((line, index) => {
    if (isTableLine(line.text)) {
      if (start < 0) start = index;
      last = index;
      rows += 1;
    } else if (start >= 0 && line.text.trim() && index - last > MAX_TABLE_GAP) {
      close();
    }
  });
  close();
  return tables;
}

function matchAgendaItem(report: OfficerReport, agenda: AgendaItem[]): string | null {
  let best: { number: string; score: number } | null = null;
  for (const item of agenda) {
    const score = titleSimilarity(report.title, item.title);
    if (score >= MIN_TITLE_SIMILARITY && (!best || score > best.score)) {
      best = { number: item.number, score };
    }
  }
  return best?.number ?? null;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const TO_ROW = /^to\s*:\s*(.+)$/i;

/**
 * A report's "To: County Council 13th February 2025" row names the body and the meeting, and wins
 * over a line the header reader took for the committee.
 */
function addressedTo(report: OfficerReport, lines: PackLine[], from: number): void {
  for (const line of lines.slice(from, from + 20)) {
    const row = TO_ROW.exec(line.text.trim());
    if (!row) continue;
    const text = (row[1] ?? '').trim();
    const date = findDates(text)[0];
    const body = (date ? text.slice(0, date.index) : text).replace(/[-–,\s]+$/, '');
    if (!isBodyName(body)) continue;
    report.committee = splitCouncil(body).committee;
    if (date) report.meetingDate = date.iso;
    return;
  }
  if (report.committee && !isBodyName(report.committee)) report.committee = null;
}

/** Non-empty stretches of lines that no parser claimed. */
function unclaimed(lines: PackLine[], covered: boolean[]): UnrecognisedRange[] {
  const ranges: UnrecognisedRange[] = [];
  let current: { from: number; to: number } | null = null;
  const flush = (): void => {
    if (current) {
      const text = lines.slice(current.from, current.to + 1).map((line) => line.text);
      ranges.push({
        lines: text.filter((line) => line.trim()),
        source: sourceOf(lines, current.from, current.to),
      });
    }
    current = null;
  };
  lines.forEach((line, index) => {
    if (covered[index]) return flush();
    if (!line.text.trim()) return;
    if (current && line.page === lines[current.to]?.page) current.to = index;
    else {
      flush();
      current = { from: index, to: index };
    }
  });
  flush();
  return ranges;
}

/** Parses the text of an agenda pack, one string per page (1-based page numbers in sources). */
/** `lines`: the pages already normalised (normalisePages), when the caller needs them too. */
export function parsePack(input: { pages: string[]; lines?: PackLine[] }): ParsedPack {
  const lines = input.lines ?? normalisePages(input.pages);
  const covered: boolean[] = lines.map(() => false);
  const positions = new Map(lines.map((line, index) => [`${line.page}:${line.line}`, index]));
  const cover = (source: SourceRange): void => {
    const from = positions.get(`${source.page}:${source.lineFrom}`) ?? 0;
    const to = positions.get(`${source.pageTo}:${source.lineTo}`) ?? from;
    for (let index = from; index <= to; index += 1) covered[index] = true;
  };
  const result: ParsedPack = {
    meeting: null,
    meetingDate: null,
    agenda: [],
    minutesOf: [],
    reports: [],
    dashboards: [],
    unrecognised: [],
    warnings: [],
  };
  const notice = readDecisionNotice(lines);
  if (notice.length > 0) {
    result.minutesOf.push(...notice);
    result.unrecognised = [];
    return result;
  }
  const segments = segmentPack(lines);
  for (const segment of segments) {
    if (segment.kind === 'frontSheet') {
      result.meeting = parseFrontSheet(lines, segment.from, segment.to);
      cover(result.meeting.source);
    } else if (segment.kind === 'agenda') {
      result.agenda = parseAgenda(lines, segment.from, segment.to);
      const lastItem = result.agenda[result.agenda.length - 1];
      cover(sourceOf(lines, segment.from, segment.from));
      if (lastItem)
        cover({
          ...lastItem.source,
          page: lines[segment.from]?.page ?? 1,
          lineFrom: lines[segment.from]?.line ?? 1,
        });
    } else if (segment.kind === 'minutes') {
      const { minutesOf, warnings } = parseMinutes(lines, segment.from, segment.to);
      result.minutesOf.push(minutesOf);
      result.warnings.push(...warnings);
      cover(minutesOf.source);
    } else {
      const report = parseReport(lines, segment.from, segment.to);
      addressedTo(report, lines, segment.from);
      report.agendaNumber = matchAgendaItem(report, result.agenda);
      result.reports.push(report);
      cover(report.source);
    }
  }
  for (const table of findTables(lines)) {
    const { from, to, ...region } = table;
    result.dashboards.push(region);
    for (let index = from; index <= to; index += 1) covered[index] = true;
  }
  result.unrecognised = unclaimed(lines, covered);
  const reportDates = result.reports.flatMap((report) =>
    report.meetingDate ? [report.meetingDate] : [],
  );
  if (result.meeting?.committee && !isBodyName(result.meeting.committee))
    result.meeting.committee = null;
  const firstMinutes = segments.find((segment) => segment.kind === 'minutes')?.from ?? lines.length;
  const summons = readSummons(lines, 0, firstMinutes);
  if (summons && result.meeting) {
    result.meeting.date = summons.date;
    result.meeting.time ??= summons.time;
    if (!result.meeting.committee || !isBodyName(result.meeting.committee))
      result.meeting.committee = summons.committee;
  } else if (summons && (result.agenda.length > 0 || summons.committee)) {
    result.meeting = {
      committee: summons.committee,
      date: summons.date,
      time: summons.time,
      location: null,
      contact: null,
      membership: [],
      chair: null,
      source: sourceOf(lines, 0, 0),
    };
  }
  result.meetingDate = result.meeting?.date ?? mostCommon(reportDates);
  for (const report of result.reports) {
    if (result.meetingDate && report.meetingDate && report.meetingDate !== result.meetingDate) {
      result.warnings.push(
        `the report "${report.title}" is dated ${report.meetingDate} but the meeting is on ${result.meetingDate}`,
      );
    }
    if (report.paragraphs.length === 0) {
      result.warnings.push(`no numbered paragraphs were found in the report "${report.title}"`);
    }
  }
  const minutesItem = result.agenda.find((item) => /\bminutes\b/i.test(item.title));
  const agendaMinutesDate = minutesItem ? parseUkDate(minutesItem.title) : null;
  for (const minutesOf of result.minutesOf) {
    if (agendaMinutesDate && minutesOf.date && agendaMinutesDate !== minutesOf.date) {
      result.warnings.push(
        `the agenda lists minutes of ${agendaMinutesDate} but the minutes record ${minutesOf.date}`,
      );
    }
  }
  return result;
}
