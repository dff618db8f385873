// Reads who was at a meeting from the top of its minutes: the members present (one comma list, a
// list one per line, a roll or grid marked with "*"), co-opted members, those "in attendance"
// (officers, cabinet members, witnesses: not members present) and apologies.

import {
  namesOnLine,
  splitNameAndRole,
  splitPrintedList,
  startsWithHonorific,
  surnameOf,
} from './names';
import type { Attendance } from '../agenda-pack';

/** Labels opening the list of members present, with the rest of the line after them. */
const PRESENT =
  /^(?:members\s+present|present|sederunt|elected\s+members|(?:non[- ]councillor|co-?opted|voting|independent)\s+members|members|councillors|religious\s+representatives)\b\s*(?::-?|;|-|–)?\s*(.*)$/i;
const IN_ATTENDANCE =
  /^(?:(?:also\s+)?in\s+attendance|also\s+(?:present|attended|attending)|attending|officers(?:\s+(?:present|in attendance))?|witnesses|the following officers were (?:also )?in attendance|officers? present)\b\.?\s*(?::-?|;|-|–)?\s*(.*)$/i;
const APOLOGIES =
  /^apologies(?: for absence)?(?: (?:were )?received from)?\s*(?::-?|–|-)?\s*(.*)$/i;
const CHAIR_LINE = /^(.+?)\s*[–—-]?\s*in the chair\.?$/i;
/** "(* = present at the meeting)", "*denotes Member present": the roll is marked. */
const ROLL_LEGEND = /^\(?\s*\*\s*(?:=|denotes|indicates)/i;
const MARK = /^(?:\*|r(?=\s))\s*/;
const PLURAL = /^(?:councillors|cllrs\.?|aldermen|alderman|baillies|bailies)\s+/i;
const HONOUR = /^(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|KC|QC|MP|MSP|MS|AM|FRS)$/;
const ROLE_WORDS =
  /\b(?:leader|portfolio|holder|director|officer|representatives?|executive|manager|head|clerk|secretary|solicitor|treasurer|chamberlain|church|diocese|governor|council|services|cabinet|member for|chief|assistant|deputy|advisor|adviser|commissioner)\b/i;
const SINGLE_HONORIFIC =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Professor|Prof|Rev|Reverend|Alderman|Baroness|Bailie|Provost)\.?\s/;

type Section = 'none' | 'present' | 'attendance' | 'apologies';

function namesInList(text: string): string[] {
  if (startsWithHonorific(text) && !/,|\band\b/.test(text)) {
    return namesOnLine(text).map((printed) => printed.name);
  }
  return text
    .replace(/^councillors?\s+/i, '')
    .replace(/\.$/, '')
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * Joins a list wrapped over lines ("Present: Councillor A (Chair), Councillors B," then "C and D",
 * or a name cut at a hyphen) back into one line; lines of one name each are left as they are.
 */
function joinWrappedLists(printedLines: string[]): string[] {
  const joined: string[] = [];
  for (const raw of printedLines) {
    const text = raw.trim();
    if (!text) continue;
    const previous = joined[joined.length - 1];
    const isLabel =
      PRESENT.test(text) ||
      IN_ATTENDANCE.test(text) ||
      APOLOGIES.test(text) ||
      ROLL_LEGEND.test(text) ||
      MARK.test(text);
    if (previous !== undefined && !isLabel && /[A-Za-z]-$/.test(previous))
      joined[joined.length - 1] = `${previous}${text}`;
    else if (
      previous !== undefined &&
      !isLabel &&
      (/(?:,|;|\band|&)$/i.test(previous) || /^(?:and|&)\s/i.test(text) || /^\(/.test(text))
    )
      joined[joined.length - 1] = `${previous} ${text}`;
    else joined.push(text);
  }
  return joined;
}

/** People listed with their roles ("Councillor J. King (Cabinet Member), Councillor P. Lamb"). */
function attendeesIn(text: string): Attendance['inAttendance'] {
  const parts = splitPrintedList(text);
  if (parts.length > 1 && parts.every((part) => startsWithHonorific(part))) {
    return parts.map((part) => splitNameAndRole(part));
  }
  return [splitNameAndRole(text)];
}

const CHAIR_MARKER =
  /\((?:in the )?(?:chair|chairman|chairwoman|chairperson|convener|convenor|provost|lord mayor|mayor)\)/i;

/** Whether a list item reads as a person's name rather than a role or a heading. */
function isName(item: string): boolean {
  const bare = item
    .replace(/\([^)]*\)/g, '')
    .replace(SINGLE_HONORIFIC, '')
    .replace(/^(?:deputy|alderman|alderwoman|sheriff)\s+/i, '')
    .trim();
  const words = bare.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 6 || ROLE_WORDS.test(bare)) return false;
  return words.every((word) => /^(?:[A-Z]|Ní|Nic|Mac|Mc|O['’]|de|van|von|da|le)/.test(word));
}

interface ListedName {
  name: string;
  isChair: boolean;
}

/**
 * The names in one printed stretch of a members list: "A (Chair), B and C", "Councillors A, B and
 * C", "Aldermen A and B; and Councillors C and D", "Councillor A, Leader of the Council" (one name
 * and its role), "Sir P Carter, CBE" (the honour stays with the name).
 */
function listedNames(text: string): ListedName[] {
  const found: ListedName[] = [];
  for (const segment of text.split(/;\s*(?:and\s+)?/)) {
    const chunks = splitTopLevelCommas(segment.replace(/\.$/, '').trim());
    const first = chunks[0] ?? '';
    const onePersonWithRole =
      chunks.length > 1 &&
      SINGLE_HONORIFIC.test(first) &&
      ROLE_WORDS.test(chunks[1] ?? '') &&
      chunks
        .slice(1)
        .every(
          (chunk) => !PLURAL.test(chunk) && !SINGLE_HONORIFIC.test(chunk) && !HONOUR.test(chunk),
        );
    const named = onePersonWithRole ? [first] : chunks;
    for (const chunk of named) {
      if (HONOUR.test(chunk.trim())) {
        const last = found[found.length - 1];
        if (last) last.name = `${last.name}, ${chunk.trim()}`;
        continue;
      }
      for (const part of splitPrintedList(chunk.replace(PLURAL, ''))) {
        const item = part.replace(PLURAL, '').trim();
        if (!isName(item)) continue;
        found.push({
          name: item.replace(CHAIR_MARKER, '').replace(/\s+/g, ' ').trim(),
          isChair: CHAIR_MARKER.test(item) && !/vice|deputy/i.test(item),
        });
      }
    }
  }
  return found;
}

function splitTopLevelCommas(text: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      chunks.push(current.trim());
      current = '';
    } else current += char;
  }
  chunks.push(current.trim());
  return chunks.filter((chunk) => chunk !== '');
}

/** The names on one line of a members list, each with whether the roll marks it present. */
function rollLine(text: string): Array<ListedName & { marked: boolean }> {
  const cells = text.includes('\t') ? text.split('\t') : [text];
  return cells.flatMap((cell) => {
    const trimmed = cell.trim();
    if (!trimmed) return [];
    const marked = MARK.test(trimmed);
    const rest = trimmed.replace(MARK, '');
    const names =
      startsWithHonorific(rest) && !/,/.test(rest) && !/\band\b/.test(rest)
        ? namesOnLine(rest).map((printed) => ({
            name: printed.name.replace(CHAIR_MARKER, '').trim(),
            isChair: printed.isChair || (CHAIR_MARKER.test(rest) && !/vice|deputy/i.test(rest)),
          }))
        : listedNames(rest);
    return names.map((listed) => ({ ...listed, marked }));
  });
}

/** Reads attendance from the printed lines between the minutes heading and the first minute. */
export function parseAttendance(printedLines: string[]): Attendance {
  const attendance: Attendance = { chair: null, present: [], inAttendance: [], apologies: [] };
  const roll: Array<ListedName & { marked: boolean }> = [];
  let markedRoll = false;
  let section: Section = 'none';
  let chairLine: string | null = null;
  for (const text of joinWrappedLists(printedLines)) {
    if (ROLL_LEGEND.test(text)) {
      markedRoll = true;
      continue;
    }
    const inAttendance = IN_ATTENDANCE.exec(text);
    const present = inAttendance ? null : PRESENT.exec(text);
    const apologies = APOLOGIES.exec(text);
    let rest = text;
    if (present && !startsWithHonorific(text)) {
      section = 'present';
      rest = present[1] ?? '';
    } else if (inAttendance) {
      section = 'attendance';
      rest = inAttendance[1] ?? '';
    } else if (apologies) {
      section = 'apologies';
      rest = apologies[1] ?? '';
    }
    if (!rest) continue;
    const chair = CHAIR_LINE.exec(rest);
    if (chair && !/,/.test(chair[1] ?? '') && section !== 'apologies') {
      chairLine = (chair[1] ?? '').trim();
      if (section === 'present' || section === 'none') {
        roll.push({ name: chairLine, isChair: true, marked: false });
        section = 'present';
      }
      continue;
    }
    if (section === 'present') roll.push(...rollLine(rest));
    else if (section === 'attendance') attendance.inAttendance.push(...attendeesIn(rest));
    else if (section === 'apologies') attendance.apologies.push(...namesInList(rest));
  }
  const marks = roll.filter((entry) => entry.marked).length;
  const onlyMarked = markedRoll || (marks > 0 && marks < roll.length && marks >= roll.length / 3);
  const seen = new Set<string>();
  for (const entry of roll) {
    if (onlyMarked && !entry.marked && !(entry.isChair && chairLine === entry.name)) continue;
    const key = surnameOf(entry.name) + '|' + entry.name.toLowerCase();
    if (
      chairLine === entry.name &&
      attendance.present.some((name) => sameSurname(name, entry.name))
    )
      continue;
    if (seen.has(key)) continue;
    seen.add(key);
    attendance.present.push(entry.name);
    if (entry.isChair) attendance.chair ??= entry.name;
  }
  if (chairLine && !attendance.chair) attendance.chair = matchChair(attendance, chairLine);
  return attendance;
}

function sameSurname(a: string, b: string): boolean {
  return surnameOf(a) === surnameOf(b);
}

/** The name in a line such as "Mrs. H. Smith CC – in the Chair", or null. */
export function chairNamedIn(text: string): string | null {
  return CHAIR_LINE.exec(text.trim())?.[1]?.trim() ?? null;
}

/** The present member a chair line refers to, matched by surname; the printed name if none. */
export function matchChair(attendance: Attendance, printedChair: string): string {
  const surname = surnameOf(printedChair);
  return attendance.present.find((name) => surnameOf(name) === surname) ?? printedChair;
}
