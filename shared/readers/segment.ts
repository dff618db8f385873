// Finds where each part of a pack starts and ends (front sheet, agenda, minutes of a previous
// meeting, each officer report), so every other parser reads only the part it understands.

import { firstAgendaItemAt } from './agenda';
import { parseUkDate } from './dates';
import { looksLikeFrontSheet } from './front-sheet';
import type { PackLine } from '../agenda-pack';

export type SegmentKind = 'frontSheet' | 'agenda' | 'minutes' | 'report';

export interface Segment {
  kind: SegmentKind;
  /** Index of the first line in the PackLine array. */
  from: number;
  /** Index just past the last line. */
  to: number;
}

const AGENDA_HEADING = /^(?:agenda|a g e n d a)\s*[.:]?$/i;
const MINUTES_HEADING =
  /^(?:minutes of\b(?=.*\b(?:held|meeting of|meeting)\b)|(?:decisions|record) of the (?:meeting of the )?(?!.*\bsubject to\b)\S.{0,70}\b(?:committee|cabinet|board|council|panel|executive|forum|commission)\s*$)/i;
/** The roll of a meeting: "Present:", "PRESENT:-", "Members present:", "Sederunt". */
export const ROLL_LABEL = /^(?:members\s+present|present|sederunt)\b\s*(?::-?|;|-|–)?/i;
const ROLL_LOOKBACK = 10;
const TOP_OF_PAGE = 6;
const BODY_WORDS = /\b(committee|commission|board|panel|cabinet|forum|scrutiny)\b/i;
const REPORT_OF = /^(?:joint )?report (?:of|by|from)\b|^report author\b/i;
const REPORT_TO = /^report to\b/i;
const NUMBERED = /^(?:\d{1,3}(?:\.\d{1,2})+|\d{1,3}\.)\s+\S/;
const HEADER_WINDOW = 12;
const FIRST_PARAGRAPH = /^1(?:\.1)?(?:\.|\t|\s)\s*[A-Z]/;
const LONE_REPORT_OF_WINDOW = 4;
const MAX_REPORT_OF = 120;

/** The indexes of the next `count` non-empty lines after `index`. */
function nextContent(lines: PackLine[], index: number, count: number): number[] {
  const found: number[] = [];
  for (let next = index + 1; next < lines.length && found.length < count; next += 1) {
    if ((lines[next]?.text ?? '').trim()) found.push(next);
  }
  return found;
}

/**
 * Whether a report header starts at `index`: a line naming the committee (or "Report to"),
 * then within a few lines a date on its own and a "Report of" line, before any numbered paragraph;
 * or a "Report of" line on its own with the report's first numbered paragraph a few lines below.
 * A header never starts before a page break it did not need to cross: when a line after the break
 * opens the same header, the lines above the break (the foot of the minutes) are left out.
 * Returns the index where the header's "Report of" line is, or -1.
 */
export function reportHeaderAt(lines: PackLine[], index: number): number {
  const text = (lines[index]?.text ?? '').trim();
  if (REPORT_OF.test(text) && text.length < MAX_REPORT_OF && !/[.;,]$/.test(text)) {
    const opensFirstParagraph = nextContent(lines, index, LONE_REPORT_OF_WINDOW).some(
      (next) =>
        lines[next]?.page === lines[index]?.page &&
        FIRST_PARAGRAPH.test((lines[next]?.text ?? '').trim()),
    );
    if (opensFirstParagraph) return index;
  }
  const opensHeader =
    REPORT_TO.test(text) || (BODY_WORDS.test(text) && text.length < 150 && !/\.$/.test(text));
  if (!opensHeader || MINUTES_HEADING.test(text) || /:\s*\S/.test(text.replace(/^report to:/i, '')))
    return -1;
  let hasDate = parseUkDate(text) !== null && text.length < 100;
  let reportOf = -1;
  for (const next of nextContent(lines, index, HEADER_WINDOW)) {
    const candidate = (lines[next]?.text ?? '').trim();
    if (NUMBERED.test(candidate)) break;
    if (parseUkDate(candidate) && candidate.replace(/^date\s*:/i, '').trim().length < 40)
      hasDate = true;
    if (REPORT_OF.test(candidate) && reportOf < 0) reportOf = next;
  }
  if (!hasDate || reportOf < 0) return -1;
  const page = lines[index]?.page;
  for (let later = index + 1; later < reportOf; later += 1) {
    if (lines[later]?.page !== page && reportHeaderAt(lines, later) === reportOf) return -1;
  }
  return reportOf;
}

const SIGNATURE = /^(?:chair(?:man|woman|person)?|signed)\s*\.*$/i;

/**
 * Steps back over the first half of a committee name wrapped onto the line above. A name never
 * wraps over a page break, and never holds figures, table cells or a signature ("CHAIRMAN"), so the
 * foot of the page before (a closing date, the last rows of a dashboard) stays with its own part.
 */
function wrappedStart(lines: PackLine[], index: number, previousStart = -1): number {
  let start = index;
  while (start - 1 > previousStart && index - start < 2) {
    const above = lines[start - 1];
    const text = (above?.text ?? '').trim();
    if (!text || text.length > 100 || /[.:;]$/.test(text)) break;
    if (above?.page !== lines[start]?.page || /[\d\t]/.test(text) || SIGNATURE.test(text)) break;
    start -= 1;
  }
  return start;
}

/**
 * Minutes printed without a "Minutes of …" sentence (a committee's name, the date, then the roll):
 * where a roll label follows a line holding a date within a few lines, the minutes start at the
 * top of that page, or at the short heading lines just above the date. Returns the start, or -1.
 */
function minutesStartAtRoll(lines: PackLine[], index: number): number {
  const content: number[] = [];
  const rollPage = lines[index]?.page;
  for (let back = index - 1; back >= 0 && content.length < ROLL_LOOKBACK; back -= 1) {
    if (lines[back]?.page !== rollPage) break;
    if ((lines[back]?.text ?? '').trim()) content.push(back);
  }
  const dateLine = content.find((at) => {
    const text = (lines[at]?.text ?? '').trim();
    return text.length < 100 && parseUkDate(text) !== null;
  });
  if (dateLine === undefined) return -1;
  const page = lines[dateLine]?.page;
  const pageTop = lines.findIndex((line) => line.page === page && line.text.trim() !== '');
  const aboveOnPage = lines
    .slice(pageTop, dateLine)
    .filter((line) => line.text.trim() !== '').length;
  if (pageTop >= 0 && aboveOnPage < TOP_OF_PAGE) return pageTop;
  let start = dateLine;
  for (const at of content.filter((candidate) => candidate < dateLine).slice(0, 3)) {
    const text = (lines[at]?.text ?? '').trim();
    if (text.length > 100 || /[.;:]$/.test(text) || lines[at]?.page !== page) break;
    const namesBody =
      BODY_WORDS.test(text) || (text === text.toUpperCase() && /[A-Z]{3}/.test(text));
    if (!namesBody || /^\(?[a-z0-9]{1,3}[.)]\s/i.test(text)) break;
    start = at;
  }
  return start;
}

/**
 * Whether a "Minutes of …" line opens a record rather than titling an item ("Minutes of the
 * Meeting of the … Forum" as a minute's heading): a date on it or just below, or a roll soon after.
 */
function opensMinutes(lines: PackLine[], index: number): boolean {
  const next = nextContent(lines, index, ROLL_LOOKBACK + 2);
  const near = [index, ...next.slice(0, 3)];
  if (near.some((at) => parseUkDate(lines[at]?.text ?? '') !== null)) return true;
  return next.some((at) => ROLL_LABEL.test((lines[at]?.text ?? '').trim()));
}

/** Splits the pack's lines into its parts, in reading order; lines before the first part are left out. */
export function segmentPack(lines: PackLine[]): Segment[] {
  const starts: Array<{ kind: SegmentKind; at: number }> = [];
  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    if (!text) continue;
    if (AGENDA_HEADING.test(text) && !starts.some((start) => start.kind === 'agenda')) {
      starts.push({ kind: 'agenda', at: index });
    } else if (
      MINUTES_HEADING.test(`${text} ${(lines[index + 1]?.text ?? '').trim()}`) &&
      opensMinutes(lines, index)
    ) {
      const previous = starts[starts.length - 1];
      if (!(previous?.kind === 'minutes' && index - previous.at < ROLL_LOOKBACK * 2))
        starts.push({ kind: 'minutes', at: index });
    } else if (ROLL_LABEL.test(text)) {
      const previous = starts[starts.length - 1];
      const known = previous?.kind === 'minutes' && index - previous.at < ROLL_LOOKBACK * 2;
      const at = minutesStartAtRoll(lines, index);
      const before = starts[starts.length - 2]?.at ?? -1;
      if (known && previous && at > before && at < previous.at) previous.at = at;
      else if (!known && at >= 0) {
        while (starts.length > 0 && (starts[starts.length - 1]?.at ?? -1) >= at) starts.pop();
        starts.push({ kind: 'minutes', at });
      }
    } else {
      const reportOf = reportHeaderAt(lines, index);
      if (reportOf >= 0) {
        starts.push({
          kind: 'report',
          at: wrappedStart(lines, index, starts[starts.length - 1]?.at),
        });
        index = reportOf;
      }
    }
  }
  const agenda = starts.find((start) => start.kind === 'agenda');
  const firstOther = starts.find((start) => start.kind !== 'agenda')?.at ?? lines.length;
  const firstItem = firstAgendaItemAt(lines, agenda?.at ?? 0, firstOther);
  if (!agenda && firstItem >= 0) {
    starts.unshift({ kind: 'agenda', at: firstItem });
  } else if (agenda && firstItem > agenda.at && looksLikeFrontSheet(lines, agenda.at, firstItem)) {
    agenda.at = firstItem;
  }
  const firstStart = starts[0]?.at ?? lines.length;
  if (firstStart > 0 && looksLikeFrontSheet(lines, 0, Math.min(firstStart, 80))) {
    starts.unshift({ kind: 'frontSheet', at: 0 });
  }
  return starts.map((start, position) => ({
    kind: start.kind,
    from: start.at,
    to: starts[position + 1]?.at ?? lines.length,
  }));
}
