// Reads the minutes of a previous meeting carried in a pack: which meeting they record, who
// attended, and each numbered minute (numbers run on through the council year: 43, 44, … 54).

import { chairNamedIn, matchChair, parseAttendance } from './attendance';
import { parseTimeSpan, parseUkDate, parseUkTime } from './dates';
import { blocksOf, joinWrapped, sourceOf, splitBlock, type TextBlock } from './lines';
import { readMinuteBody } from './minute-body';
import { tidyTitle } from './titles';
import type { Minute, MinutesOfMeeting, PackLine } from '../agenda-pack';

/** "45. Title", "45 Title", "CSC/23/45 Title" (committee/year/number), "45/25 Title" (number/year). */
const MINUTE_HEADING =
  /^(?:[A-Z]{1,6}\/(?:\d{2,4}\/)?(\d{1,3})|(\d{1,3})\/(?:\d{2}|\d{4})|(\d{1,3}))\.?\s+(\S.*)$/;
const MEETING_ENDED =
  /^the meeting (?:ended|closed|finished|concluded|rose|terminated)\b.*?\bat\s+(.+)$/i;
const SIGNATURE = /^(?:chair(?:man|woman|person)?|signed)\s*\.*$/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s*/gi;
const MAX_HEADING = 160;

export interface ParsedMinutes {
  minutesOf: MinutesOfMeeting;
  warnings: string[];
}

function readHeader(text: string): Pick<MinutesOfMeeting, 'committee' | 'date' | 'location'> {
  const committee = /\bmeeting of (?:the )?(.+?)\s+held\b/i.exec(text)?.[1] ?? null;
  const date = parseUkDate(text);
  const withoutDate = text
    .replace(WEEKDAY, '')
    .replace(/\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}\b/, '#DATE#');
  const location =
    /\bheld (?:at|in) (.+?)(?:,?\s+on\s+#DATE#|,?\s+#DATE#|\s+at\s+\d|\.?$)/i.exec(
      withoutDate,
    )?.[1] ??
    /#DATE#\s*(?:at\s+[\d.:]+\s*[ap]\.?m\.?\s*)?(?:at|in)\s+(.+?)\.?$/i.exec(withoutDate)?.[1] ??
    null;
  return { committee, date, location: location?.trim() || null };
}

interface MinuteNumber {
  /** As printed: "45", "CSC/23/45", "45/25". */
  printed: string;
  /** The number that runs on through the council year. */
  number: number;
  title: string;
}

function readMinuteNumber(text: string): MinuteNumber | null {
  const match = MINUTE_HEADING.exec(text);
  if (!match) return null;
  const title = match[4] ?? '';
  const printed = text.slice(0, text.length - title.length).replace(/\.?\s+$/, '');
  return { printed, number: Number(match[1] ?? match[2] ?? match[3]), title };
}

function headingNumber(block: TextBlock, last: number | null): MinuteNumber | null {
  const first = block.lines[0] ?? '';
  const heading = readMinuteNumber(first);
  if (!heading || first.length > MAX_HEADING || /^[a-z]/.test(heading.title)) return null;
  const { number } = heading;
  if (last === null || number === last + 1) return heading;
  return number > last + 1 && number <= last + 3 && /\.$|^[A-Z]/.test(heading.title)
    ? heading
    : null;
}

/**
 * Where inside a block the next minute's heading is printed with no gap before it (straight after
 * the last resolution, or glued on by a text conversion): a line numbered `next` after a line that
 * finishes a sentence. Returns the offset into block.lines, or -1.
 */
function innerHeadingAt(block: TextBlock, next: number): number {
  for (let offset = 1; offset < block.lines.length; offset += 1) {
    const text = block.lines[offset] ?? '';
    const heading = readMinuteNumber(text);
    if (
      heading &&
      heading.number === next &&
      text.length <= MAX_HEADING &&
      /^[A-Z]/.test(heading.title) &&
      /[.;:!?"'’”)]$/.test(block.lines[offset - 1] ?? '')
    )
      return offset;
  }
  return -1;
}

/**
 * Splits blocks before the meeting's time span when it is printed with no gap after the last
 * minute's text, so the closing (time span, date, CHAIRMAN) is read as one block of its own.
 */
function separateClosing(blocks: TextBlock[], lines: PackLine[]): TextBlock[] {
  return blocks.flatMap((block) => {
    const at = block.lines.findIndex((text) => parseTimeSpan(text) !== null);
    return at > 0 ? splitBlock(block, at, lines) : [block];
  });
}

/** Splits a heading block into the title (joined over wrapped lines) and any text after it. */
function splitHeading(block: TextBlock): { title: string; rest: TextBlock | null } {
  const first = readMinuteNumber(block.lines[0] ?? '')?.title ?? '';
  const titleParts = [first];
  let used = 1;
  while (
    used < block.lines.length &&
    used < 3 &&
    !/\.$/.test(titleParts[titleParts.length - 1] ?? '') &&
    (block.lines[used] ?? '').length < 60
  ) {
    titleParts.push(block.lines[used] ?? '');
    used += 1;
  }
  const restLines = block.lines.slice(used);
  const rest =
    restLines.length > 0
      ? { text: restLines.join(' '), lines: restLines, from: block.from + used, to: block.to }
      : null;
  return { title: tidyTitle(joinWrapped(titleParts)), rest };
}

/** Reads minutes starting at lines[from] (the "Minutes of a meeting …" line) up to lines[to). */
export function parseMinutes(lines: PackLine[], from: number, to: number): ParsedMinutes {
  const warnings: string[] = [];
  const blocks = separateClosing(blocksOf(lines, from, to), lines);
  const header = blocks[0];
  let startTime: string | null = null;
  let endTime: string | null = null;
  let end = blocks.length;
  let lastLine = header?.to ?? from;
  for (let position = 1; position < blocks.length; position += 1) {
    const block = blocks[position];
    const ended = MEETING_ENDED.exec(block?.lines[0] ?? '');
    const endedAt = ended ? parseUkTime(ended[1] ?? '') : null;
    const span =
      parseTimeSpan(block?.lines[0] ?? '') ??
      (endedAt ? { start: parseUkTime(header?.text ?? ''), end: endedAt } : null);
    if (span && endTime === null) {
      startTime = span.start;
      endTime = span.end;
      end = position;
      lastLine = block?.to ?? lastLine;
    }
    const signed = span
      ? block?.lines.some((text) => SIGNATURE.test(text))
      : SIGNATURE.test(block?.lines[0] ?? '');
    if (block && signed) {
      end = Math.min(end, position);
      lastLine = block.to;
      break;
    }
  }
  const drafts: Array<{
    number: number;
    printed: string;
    title: string;
    blocks: TextBlock[];
    from: number;
    to: number;
  }> = [];
  const attendanceLines: string[] = [];
  for (let position = 1; position < end; position += 1) {
    let block = blocks[position];
    if (!block) continue;
    const last = drafts[drafts.length - 1];
    const heading = headingNumber(block, last ? last.number : null);
    const number = heading?.number ?? null;
    const current = number ?? last?.number;
    const inner = current === undefined ? -1 : innerHeadingAt(block, current + 1);
    if (inner > 0) {
      const [head, tail] = splitBlock(block, inner, lines);
      blocks.splice(position, 1, head, tail);
      end += 1;
      block = head;
    }
    if (number !== null) {
      if (last && number !== last.number + 1) {
        warnings.push(`minutes jump from ${last.number} to ${number}; a minute may be missing`);
      }
      const { title, rest } = splitHeading(block);
      const printed = heading?.printed ?? String(number);
      drafts.push({
        number,
        printed,
        title,
        blocks: rest ? [rest] : [],
        from: block.from,
        to: block.to,
      });
    } else if (last) {
      last.blocks.push(block);
      last.to = block.to;
    } else {
      attendanceLines.push(...block.lines);
    }
    lastLine = Math.max(lastLine, block.to);
  }
  const attendance = parseAttendance(attendanceLines);
  if (!attendance.chair) {
    const printed = lines
      .slice(from, to)
      .map((line) => chairNamedIn(line.text))
      .find((name) => name !== null);
    if (printed) attendance.chair = matchChair(attendance, printed);
  }
  const minutes: Minute[] = drafts.map((draft) => {
    const { hasEmptyResolution, ...content } = readMinuteBody(draft.title, draft.blocks, lines);
    if (hasEmptyResolution) {
      warnings.push(`minute ${draft.number} has a RESOLVED heading but no resolution text`);
    }
    return {
      number: draft.printed,
      title: draft.title,
      ...content,
      source: sourceOf(lines, draft.from, draft.to),
    };
  });
  const headerFields = readHeader(header?.text ?? '');
  if (minutes.length === 0) warnings.push('minutes found but no numbered minutes could be read');
  if (!headerFields.date)
    warnings.push('minutes found but the date of the meeting could not be read');
  return {
    minutesOf: {
      ...headerFields,
      attendance,
      minutes,
      startTime,
      endTime,
      source: sourceOf(lines, from, lastLine),
    },
    warnings,
  };
}
