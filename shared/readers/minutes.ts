// Reads the minutes of a previous meeting carried in a pack: which meeting they record, who
// attended, and each numbered minute (numbers run on through the council year: 43, 44, … 54).

import { chairNamedIn, matchChair, parseAttendance } from './attendance';
import { findDates, parseTimeSpan, parseUkDate, parseUkTime } from './dates';
import { readCommitteeHeader } from './committee-names';
import {
  followsMinute,
  isUpperCase,
  readMinuteNumber as readNumbered,
  withoutItemReference,
  type HeadingContext,
  type MinuteNumber,
} from './minute-headings';
import { ROLL_LABEL } from './segment';
import { blocksOf, joinWrapped, sourceOf, splitBlock, type TextBlock } from './lines';
import { readMinuteBody } from './minute-body';
import { tidyTitle } from './titles';
import type { Minute, MinutesOfMeeting, PackLine } from '../agenda-pack';

const MEETING_ENDED =
  /^the meeting (?:ended|closed|finished|concluded|rose|terminated)\b.*?\bat\s+(.+)$/i;
const SIGNATURE = /^(?:chair(?:man|woman|person)?|signed)\s*\.*$/i;
const RESOLUTION_START = /^(?:RESOLVED|AGREED|DECISION|Decision\b|Resolved\b)/;
/** Lines that open the roll and the other lists above the first minute. */
const ATTENDANCE_START =
  /^(?:(?:members\s+)?present|sederunt|elected members|members\s*:|councillors\s*:|\*\s*\S)/i;
const MAX_HEADER_BLOCKS = 8;
/** A short line on its own, printed like a heading (Belfast's unnumbered minute headings). */
function isBareHeading(block: TextBlock): boolean {
  const text = block.lines[0] ?? '';
  return (
    block.lines.length <= 2 &&
    text.length <= 100 &&
    /^[A-Z]/.test(text) &&
    !/[.;:,]$/.test(block.text) &&
    !ATTENDANCE_START.test(text) &&
    !RESOLUTION_START.test(text) &&
    !/^(?:also|in attendance|apologies\s*:|officers)/i.test(text) &&
    findDates(text)[0]?.index !== 0
  );
}
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s*/gi;
const MAX_HEADING = 160;

export interface ParsedMinutes {
  minutesOf: MinutesOfMeeting;
  warnings: string[];
}

function readHeader(
  headerLines: string[],
): Pick<MinutesOfMeeting, 'committee' | 'date' | 'location' | 'council'> {
  const text = headerLines.join(' ');
  const { committee, council } = readCommitteeHeader(headerLines);
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
  return { committee, council, date, location: location?.trim().slice(0, 200) || null };
}

/** A minute number at the start of a line; a line opening with a date is never one. */
function readMinuteNumber(text: string): MinuteNumber | null {
  if (findDates(text)[0]?.index === 0) return null;
  const heading = readNumbered(text);
  return heading ? { ...heading, title: withoutItemReference(heading.title) } : null;
}

function headingNumber(block: TextBlock, last: HeadingContext | null): MinuteNumber | null {
  const first = block.lines[0] ?? '';
  const heading = readMinuteNumber(first);
  if (!heading || first.length > MAX_HEADING || !followsMinute(heading, last)) return null;
  // A decision formula or a numbered paragraph of prose is never a minute's heading.
  if (RESOLUTION_START.test(heading.title)) return null;
  const second = block.lines[1] ?? '';
  if (!last && /,\s[a-z]/.test(heading.title) && /^[a-z]/.test(second) && !/\.$/.test(first))
    return null;
  return heading;
}

/** A lettered sub-heading ("a. Update on …") under a parent minute that only groups its letters. */
const LETTERED_HEADING = /^\(?([a-h])[.)]\s+([A-Z].*)$/;

function letteredHeading(block: TextBlock, expected: string): string | null {
  const match = LETTERED_HEADING.exec(block.lines[0] ?? '');
  if (!match || match[1] !== expected) return null;
  const title = match[2] ?? '';
  if (title.length > 100 || /[.;:]$/.test(title) || /^that\b/i.test(title)) return null;
  return title;
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

/**
 * Whether the next line of a heading block carries on its title: a title wrapped after a joining
 * word or mid-phrase, or an upper-case title wrapped onto an upper-case line; a line in another
 * case or language under the title (a translation, "(Item 4)") is not the title.
 */
function continuesTitle(previous: string, next: string): boolean {
  if (!next || next.length >= 80 || /\.$/.test(previous) || RESOLUTION_START.test(next))
    return false;
  if (/^[[(](?:agenda\s+)?item\b/i.test(next)) return false;
  if (/\b(?:of|and|the|for|in|on|to|with|by|under|&|-|–|a|an)$/i.test(previous)) return true;
  if (/^[a-z]/.test(next)) return true;
  return isUpperCase(previous) && isUpperCase(next) && previous.length > 40;
}

/** Splits a heading block into the title (joined over wrapped lines) and any text after it. */
function splitHeading(block: TextBlock): { title: string; rest: TextBlock | null } {
  const first = readMinuteNumber(block.lines[0] ?? '')?.title ?? '';
  const titleParts = [first];
  let used = 1;
  while (
    used < block.lines.length &&
    used < 3 &&
    continuesTitle(titleParts[titleParts.length - 1] ?? '', block.lines[used] ?? '')
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

interface Draft {
  number: number;
  printed: string;
  title: string;
  blocks: TextBlock[];
  from: number;
  to: number;
  /** The minute a lettered sub-minute sits under ("5" for "5a"). */
  parent: Draft | null;
}

/**
 * The letter a sub-minute under the last minute would carry next: "a" straight after a parent
 * heading with nothing under it but a one-line translation, then "b", "c" … after a lettered one.
 */
function nextLetter(last: Draft, context: HeadingContext | null): string | null {
  if (last.parent) {
    const letter = last.printed.slice(-1);
    return String.fromCharCode(letter.charCodeAt(0) + 1);
  }
  if (!context || context.letter) return null;
  const content = last.blocks.filter((block) => block.lines.length > 1 || block.text.length > 80);
  return content.length === 0 ? 'a' : null;
}

/** Reads minutes starting at lines[from] (the "Minutes of a meeting …" line) up to lines[to). */
export function parseMinutes(lines: PackLine[], from: number, to: number): ParsedMinutes {
  const warnings: string[] = [];
  const blocks = separateClosing(blocksOf(lines, from, to), lines);
  let headerEnd = 1;
  while (
    headerEnd < Math.min(blocks.length, MAX_HEADER_BLOCKS) &&
    !ATTENDANCE_START.test(blocks[headerEnd]?.lines[0] ?? '') &&
    !ROLL_LABEL.test(blocks[headerEnd]?.lines[0] ?? '') &&
    !readMinuteNumber(blocks[headerEnd]?.lines[0] ?? '')
  )
    headerEnd += 1;
  if (headerEnd >= Math.min(blocks.length, MAX_HEADER_BLOCKS)) headerEnd = 1;
  const headerBlocks = blocks.slice(0, headerEnd);
  const headerText = headerBlocks.map((block) => block.text).join(' ');
  let startTime: string | null = null;
  let endTime: string | null = null;
  let end = blocks.length;
  let lastLine = headerBlocks[headerBlocks.length - 1]?.to ?? from;
  for (let position = headerEnd; position < blocks.length; position += 1) {
    const block = blocks[position];
    const ended = MEETING_ENDED.exec(block?.lines[0] ?? '');
    const endedAt = ended ? parseUkTime(ended[1] ?? '') : null;
    const span =
      parseTimeSpan(block?.lines[0] ?? '') ??
      (endedAt ? { start: parseUkTime(headerText), end: endedAt } : null);
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
  const drafts: Draft[] = [];
  const attendanceLines: string[] = [];
  let context = null as HeadingContext | null;
  for (let position = headerEnd; position < end; position += 1) {
    let block = blocks[position];
    if (!block) continue;
    const last = drafts[drafts.length - 1];
    const heading = headingNumber(block, context);
    const current = heading?.number ?? last?.number;
    const inner = current === undefined ? -1 : innerHeadingAt(block, current + 1);
    if (inner > 0) {
      const [head, tail] = splitBlock(block, inner, lines);
      blocks.splice(position, 1, head, tail);
      end += 1;
      block = head;
    }
    const letter = last ? nextLetter(last, context) : null;
    const lettered = letter ? letteredHeading(block, letter) : null;
    if (heading) {
      if (context && heading.number > context.number + 1) {
        warnings.push(
          `minutes jump from ${context.number} to ${heading.number}; a minute may be missing`,
        );
      }
      const { title, rest } = splitHeading(block);
      context = {
        number: heading.number,
        letter: heading.letter,
        shape: heading.shape,
        upperCase: (context?.upperCase ?? true) && isUpperCase(title),
        count: (context?.count ?? 0) + 1,
      };
      drafts.push({
        number: heading.number,
        printed: heading.printed,
        title,
        blocks: rest ? [rest] : [],
        from: block.from,
        to: block.to,
        parent: null,
      });
    } else if (last && lettered && letter) {
      const parent = last.parent ?? last;
      const draft: Draft = {
        number: parent.number,
        printed: `${parent.printed}${letter}`,
        title: tidyTitle(lettered),
        blocks: [],
        from: block.from,
        to: block.to,
        parent,
      };
      if (letter === 'a') drafts.pop();
      drafts.push(draft);
    } else if (last) {
      last.blocks.push(block);
      last.to = block.to;
    } else {
      attendanceLines.push(...block.lines);
    }
    lastLine = Math.max(lastLine, block.to);
  }
  if (drafts.length === 0) {
    attendanceLines.length = 0;
    for (let position = headerEnd; position < end; position += 1) {
      const block = blocks[position];
      if (!block) continue;
      const last = drafts[drafts.length - 1];
      const opensAttendance =
        ATTENDANCE_START.test(block.lines[0] ?? '') ||
        /^(?:also|in attendance|apologies\s*:|officers)/i.test(block.lines[0] ?? '');
      if (isBareHeading(block) && !(drafts.length === 0 && opensAttendance)) {
        drafts.push({
          number: drafts.length + 1,
          printed: String(drafts.length + 1),
          title: tidyTitle(joinWrapped(block.lines)),
          blocks: [],
          from: block.from,
          to: block.to,
          parent: null,
        });
      } else if (last) {
        last.blocks.push(block);
        last.to = block.to;
      } else attendanceLines.push(...block.lines);
      lastLine = Math.max(lastLine, block.to);
    }
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
  const headerFields = readHeader(headerBlocks.map((block) => block.text));
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
