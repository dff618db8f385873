// Reads one officer report: its header (committee, meeting date, title, "report of"), numbered
// paragraphs under their headings, officers to contact and appendices, stopping where appendices begin.

import { parseUkDate } from './dates';
import { blocksOf, joinWrapped, sourceOf, type TextBlock } from './lines';
import {
  isContactLine,
  isOfficersHeading,
  isPhoneOrEmailLine,
  parseOfficers,
  startsOfficerEntry,
} from './officers';
import { RESOLUTION_HEADING } from './resolutions';
import { readableCase, tidyTitle } from './titles';
import type { OfficerReport, PackLine, ReportParagraph } from '../agenda-pack';

const NUMBERED = /^(\d{1,3}(?:\.\d{1,2})+|\d{1,3}(?=\.)|\d{1,3}(?=\t[^\t]*$))\.?\s+(\S.*)$/;
const REPORT_OF = /^(?:joint\s+)?report\s+(?:of|by|from)\b\s*:?\s*(?:the\s+)?/i;
const TITLE_LABEL = /^(?:subject|title|report title)\s*:\s*/i;
const HEADER_LABEL =
  /^(?:report to|date(?: of meeting)?|meeting date|report (?:of|by|from)|subject|title|report title)\s*:/i;
/** Header fields that are neither the title nor the meeting ("Wards affected: All", "Key decision"). */
const OTHER_HEADER_FIELD =
  /^(?:wards?(?: affected)?|electoral divisions?(?: affected)?|divisions? affected|key decision|classification|exempt(?: information)?|status|portfolio(?: holder)?|cabinet member|lead member|report author|author|contact officer|reference|ref|forward plan(?: reference)?|decision maker|confidential)\b\s*(?::|\t|$)/i;
const HEADING_MAX = 80;
/** A "Report of" line this long, or ending "of"/"and"/"the", runs on to the next line. */
const WRAPPING_LENGTH = 40;
const WRAPPED_END = /\b(?:of|and|the|for|&)$/i;
/** The publishing council's name on a line of its own ("EASTCLIFFE DISTRICT COUNCIL"). */
const COUNCIL_NAME = /^[A-Za-z'’ -]{3,60}\b(?:council|authority)$/i;
const LIST_MARKER = /^(?:[-•]\s|\(?[a-z]{1,4}[.)]\s)/i;
const APPENDICES_HEADING = /^(?:list of )?appendi(?:x|ces)\s*[:.]?$/i;
const APPENDIX_LINE = /^appendix\s+([A-Z0-9]{1,3})\b\s*[-–—:.]?\s*(.+)$/i;
const CLOSING_HEADING =
  /^(background papers|circulation under|equalit|relevant impact|human rights|crime and disorder|environmental implications|partnership working|timetable for decisions|resource implications|legal implications|financial implications|risk|list of appendices|appendices)/i;
const MAX_HEADER_LINES = 14;
/** "(a) the report be noted;", "b) That …": a lettered resolution. */
const RESOLUTION_ITEM = /^(?:\([a-z]{1,4}\)|[a-z]\))\s/;

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.8;
}

function isTableLine(text: string): boolean {
  return (text.match(/\t/g) ?? []).length >= 2;
}

function isHeading(block: TextBlock): boolean {
  const text = block.text;
  return (
    block.lines.length <= 3 &&
    text.length < 120 &&
    !/[.;,]$/.test(text) &&
    !NUMBERED.test(text) &&
    !LIST_MARKER.test(text) &&
    !isTableLine(block.lines[0] ?? '') &&
    /^[A-Z‘'"]/.test(text)
  );
}

/** "1. Purpose of the report" printed above "1.1 …": a numbered section heading, not a paragraph. */
function isNumberedHeading(number: string, text: string, following: string): boolean {
  return (
    !number.includes('.') &&
    text.length < HEADING_MAX &&
    !/[.;,:]$/.test(text) &&
    new RegExp(`^${number}\\.1\\b`).test(following.trim())
  );
}

interface Header {
  committee: string | null;
  meetingDate: string | null;
  title: string;
  reportOf: string | null;
  end: number;
}

/** Reads the header block-by-block until the first section heading or numbered paragraph. */
/** A header printed as labelled lines ("Date: …", "Report of: …") is read a line at a time. */
/**
 * Otherwise the block is cut around its date and "Report of" lines and after the council's name, so
 * a header printed with no blank lines (council, committee, date, report of, title) is read in parts.
 */
function headerUnits(block: TextBlock): string[] {
  if (block.lines.some((line) => HEADER_LABEL.test(line))) return block.lines;
  const units: string[][] = [];
  let cutAfter = true;
  for (const line of block.lines) {
    const isDate = isHeaderDateLine(line);
    const current = units[units.length - 1];
    if (!current || cutAfter || isDate || REPORT_OF.test(line)) units.push([line]);
    else current.push(line);
    const wraps = WRAPPED_END.test(line) || line.length >= WRAPPING_LENGTH;
    const opensReportOf = REPORT_OF.test(units[units.length - 1]?.[0] ?? '');
    cutAfter = isDate || (opensReportOf && !wraps) || COUNCIL_NAME.test(line);
  }
  return units.map((unit) => joinWrapped(unit));
}

function isHeaderDateLine(text: string): boolean {
  return parseUkDate(text) !== null && text.replace(/^date[^:]*:/i, '').length < 40;
}

/**
 * A resolution ("RESOLVED: That", "(a) the report be noted;") or a finished sentence not in
 * capitals: the close of the part before the report, never its committee or title.
 */
function isOutsideHeader(text: string): boolean {
  return (
    RESOLUTION_HEADING.test(text) ||
    RESOLUTION_ITEM.test(text) ||
    (/[.;]$/.test(text) &&
      !isCapitals(text) &&
      !HEADER_LABEL.test(text) &&
      !REPORT_OF.test(text) &&
      !isHeaderDateLine(text))
  );
}

function readHeader(blocks: TextBlock[]): Header & { used: number } {
  const header: Header = { committee: null, meetingDate: null, title: '', reportOf: null, end: 0 };
  const titleParts: string[] = [];
  let used = 0;
  let units = 0;
  for (const block of blocks.slice(0, MAX_HEADER_LINES)) {
    const opening = block.lines[0] ?? '';
    const opensWithDate =
      parseUkDate(opening) !== null && opening.replace(/^date[^:]*:/i, '').length < 40;
    if (used > 0 && NUMBERED.test(opening)) break;
    if (
      used > 0 &&
      header.reportOf &&
      !isCapitals(opening) &&
      !opensWithDate &&
      !TITLE_LABEL.test(opening)
    )
      break;
    used += 1;
    header.end = block.to;
    for (const text of headerUnits(block)) {
      if ((units === 0 && COUNCIL_NAME.test(text)) || isOutsideHeader(text)) continue;
      units += 1;
      const isDateLine = parseUkDate(text) !== null && text.replace(/^date[^:]*:/i, '').length < 40;
      if (units === 1 && REPORT_OF.test(text)) {
        header.reportOf = readableCase(text.replace(REPORT_OF, '').trim()) || null;
      } else if (units === 1) {
        header.meetingDate = parseUkDate(text);
        header.committee = readableCase(
          text
            .replace(/^report to\s*:?\s*/i, '')
            .replace(/[–—:-]?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}\s*$/, '')
            .replace(/[\s–—:-]+$/, ''),
        );
      } else if (isDateLine) {
        header.meetingDate ??= parseUkDate(text);
      } else if (REPORT_OF.test(text)) {
        header.reportOf = readableCase(text.replace(REPORT_OF, '').trim()) || null;
      } else if (!OTHER_HEADER_FIELD.test(text)) {
        titleParts.push(text.replace(TITLE_LABEL, ''));
      }
    }
  }
  header.title = tidyTitle(joinWrapped(titleParts)) || 'Untitled report';
  return { ...header, used };
}

/** Reads the report starting at lines[from] (its committee line) up to lines[to). */
export function parseReport(lines: PackLine[], from: number, to: number): OfficerReport {
  const blocks = blocksOf(lines, from, to);
  const header = readHeader(blocks);
  const paragraphs: ReportParagraph[] = [];
  const appendices: string[] = [];
  const officerLines: string[] = [];
  let heading: string | null = null;
  let current: (Omit<ReportParagraph, 'source'> & { from: number; to: number }) | null = null;
  let lastTop = 0;
  let seenClosing = false;
  let mode: 'body' | 'officers' | 'appendices' = 'body';
  let lastClaimed = header.end;
  const addAppendix = (title: string): void => {
    const clean = tidyTitle(title);
    if (clean && !appendices.some((known) => known.toLowerCase() === clean.toLowerCase()))
      appendices.push(clean);
  };
  const finishParagraph = (): void => {
    if (current) {
      const { from: first, to: last, ...paragraph } = current;
      paragraphs.push({ ...paragraph, source: sourceOf(lines, first, last) });
    }
    current = null;
  };
  const bodyBlocks = blocks.slice(header.used);
  body: for (const [position, block] of bodyBlocks.entries()) {
    const first = block.lines[0] ?? '';
    if (isTableLine(first)) {
      finishParagraph();
      continue;
    }
    const appendixLine = APPENDIX_LINE.exec(block.text);
    if (appendixLine && block.lines.length === 1) {
      addAppendix(appendixLine[2] ?? '');
      lastClaimed = block.to;
      continue;
    }
    if (mode === 'officers') {
      const continuesSection =
        !NUMBERED.test(first) &&
        !CLOSING_HEADING.test(first) &&
        !APPENDICES_HEADING.test(first) &&
        (startsOfficerEntry(first) ||
          isPhoneOrEmailLine(first) ||
          !isPhoneOrEmailLine(officerLines[officerLines.length - 1] ?? '')) &&
        block.lines.every(isContactLine);
      if (continuesSection) {
        officerLines.push(...block.lines);
        lastClaimed = block.to;
        continue;
      }
      mode = 'body';
    }
    if (
      mode === 'appendices' &&
      block.lines.length <= 2 &&
      block.text.length < 150 &&
      !NUMBERED.test(first) &&
      !CLOSING_HEADING.test(first) &&
      !isOfficersHeading(first) &&
      !APPENDICES_HEADING.test(first)
    ) {
      addAppendix(block.text);
      lastClaimed = block.to;
      mode = 'body';
      continue;
    }
    if (isHeading(block)) {
      finishParagraph();
      heading = tidyTitle(block.text);
      if (isOfficersHeading(block.text)) mode = 'officers';
      else if (APPENDICES_HEADING.test(block.text)) mode = 'appendices';
      else mode = 'body';
      if (mode !== 'body' || CLOSING_HEADING.test(block.text)) seenClosing = true;
      continue;
    }
    mode = 'body';
    let index = block.from;
    for (const [offset, text] of block.lines.entries()) {
      while (index < block.to && !(lines[index]?.text ?? '').trim().endsWith(text)) index += 1;
      const numbered = NUMBERED.exec(text);
      const following = block.lines[offset + 1] ?? bodyBlocks[position + 1]?.lines[0] ?? '';
      if (numbered && isNumberedHeading(numbered[1] ?? '', numbered[2] ?? '', following)) {
        finishParagraph();
        heading = tidyTitle(numbered[2] ?? '');
        lastTop = Number.parseInt(numbered[1] ?? '', 10);
        lastClaimed = index;
        continue;
      }
      const top = numbered ? Number.parseInt(numbered[1] ?? '', 10) : NaN;
      const inSequence =
        numbered !== null &&
        (top === lastTop + 1 ||
          (top === lastTop && (numbered[1] ?? '').includes('.')) ||
          lastTop === 0);
      if (numbered && !inSequence && (top <= lastTop || top > lastTop + 5) && seenClosing)
        break body;
      if (numbered && inSequence) {
        finishParagraph();
        lastTop = top;
        current = {
          number: numbered[1] ?? '',
          heading,
          text: numbered[2] ?? '',
          from: index,
          to: index,
        };
      } else if (current) {
        current.text += LIST_MARKER.test(text) || text === first ? `\n${text}` : ` ${text}`;
        current.to = index;
      } else {
        continue;
      }
      lastClaimed = index;
    }
  }
  finishParagraph();
  return {
    title: header.title,
    committee: header.committee,
    meetingDate: header.meetingDate,
    reportOf: header.reportOf,
    agendaNumber: null,
    paragraphs,
    officersToContact: parseOfficers(officerLines),
    appendices,
    source: sourceOf(lines, from, Math.max(lastClaimed, header.end)),
  };
}
