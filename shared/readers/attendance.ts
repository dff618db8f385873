// Reads who was at a meeting from the top of its minutes: PRESENT (with the chair marked),
// "In Attendance" (cabinet members and others, with their roles) and apologies.

import {
  namesOnLine,
  splitNameAndRole,
  splitPrintedList,
  startsWithHonorific,
  surnameOf,
} from './names';
import type { Attendance } from '../agenda-pack';

const PRESENT = /^(?:members\s+)?present\s*:?\s*(.*)$/i;
const IN_ATTENDANCE = /^(?:(?:also\s+)?in attendance|also present)\.?\s*:?\s*(.*)$/i;
const APOLOGIES = /^apologies(?: for absence)?(?: (?:were )?received from)?\s*[:–-]?\s*(.*)$/i;
const CHAIR_LINE = /^(.+?)\s*[–—-]\s*in the chair\.?$/i;

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
 * Joins a comma list wrapped over lines ("Present: Councillor A (Chair), Councillors B," then
 * "C and D") back into one line; lines of one name each are left as they are.
 */
function joinWrappedLists(printedLines: string[]): string[] {
  const joined: string[] = [];
  for (const raw of printedLines) {
    const text = raw.trim();
    if (!text) continue;
    const previous = joined[joined.length - 1];
    const isLabel = PRESENT.test(text) || IN_ATTENDANCE.test(text) || APOLOGIES.test(text);
    if (
      previous !== undefined &&
      !isLabel &&
      (/(?:,|\band|&)$/i.test(previous) || /^(?:and|&)\s/i.test(text))
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

/** Reads attendance from the printed lines between the minutes heading and the first minute. */
export function parseAttendance(printedLines: string[]): Attendance {
  const attendance: Attendance = { chair: null, present: [], inAttendance: [], apologies: [] };
  let section: Section = 'none';
  for (const text of joinWrappedLists(printedLines)) {
    const present = PRESENT.exec(text);
    const inAttendance = IN_ATTENDANCE.exec(text);
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
    if (section === 'present') {
      for (const printed of namesOnLine(rest)) {
        if (printed.isChair) attendance.chair ??= printed.name;
        attendance.present.push(printed.name);
      }
    } else if (section === 'attendance') {
      attendance.inAttendance.push(...attendeesIn(rest));
    } else if (section === 'apologies') {
      attendance.apologies.push(...namesInList(rest));
    }
  }
  return attendance;
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
